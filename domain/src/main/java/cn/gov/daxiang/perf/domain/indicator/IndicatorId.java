package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A level-3 indicator's identity inside its goal. It stays the same across the goal's versions, so that
 * monitoring and evaluation can follow one indicator through adjustments.
 */
public record IndicatorId(UUID value) {

    public IndicatorId {
        Objects.requireNonNull(value, "value");
    }

    public static IndicatorId newId() {
        return new IndicatorId(UUID.randomUUID());
    }

    public static IndicatorId of(String text) {
        try {
            return new IndicatorId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("INDICATOR_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
