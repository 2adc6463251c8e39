package cn.gov.daxiang.perf.domain.monitoring;

import java.util.Objects;
import java.util.UUID;

public record MonitoringRoundId(UUID value) {

    public MonitoringRoundId {
        Objects.requireNonNull(value, "value");
    }

    public static MonitoringRoundId of(UUID value) {
        return new MonitoringRoundId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
