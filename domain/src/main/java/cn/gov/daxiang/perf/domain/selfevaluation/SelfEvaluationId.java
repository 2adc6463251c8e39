package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record SelfEvaluationId(UUID value) {

    public SelfEvaluationId {
        Objects.requireNonNull(value, "value");
    }

    public static SelfEvaluationId of(UUID value) {
        return new SelfEvaluationId(value);
    }

    public static SelfEvaluationId newId() {
        return new SelfEvaluationId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static SelfEvaluationId parse(String text) {
        try {
            return new SelfEvaluationId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("SELF_EVALUATION_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
