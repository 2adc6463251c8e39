package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record KeyEvaluationId(UUID value) {

    public KeyEvaluationId {
        Objects.requireNonNull(value, "value");
    }

    public static KeyEvaluationId of(UUID value) {
        return new KeyEvaluationId(value);
    }

    public static KeyEvaluationId newId() {
        return new KeyEvaluationId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static KeyEvaluationId parse(String text) {
        try {
            return new KeyEvaluationId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("KEY_EVALUATION_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
