package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A performance goal's identity, assigned by the platform when the goal is created. */
public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value, "value");
    }

    public static GoalId newId() {
        return new GoalId(UUID.randomUUID());
    }

    public static GoalId of(String text) {
        try {
            return new GoalId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("GOAL_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
