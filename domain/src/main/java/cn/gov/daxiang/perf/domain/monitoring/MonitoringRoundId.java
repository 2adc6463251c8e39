package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record MonitoringRoundId(UUID value) {

    public MonitoringRoundId {
        Objects.requireNonNull(value, "value");
    }

    public static MonitoringRoundId of(UUID value) {
        return new MonitoringRoundId(value);
    }

    public static MonitoringRoundId newId() {
        return new MonitoringRoundId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static MonitoringRoundId parse(String text) {
        try {
            return new MonitoringRoundId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("MONITORING_ROUND_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
