package cn.gov.daxiang.perf.domain.monitoring;

import java.util.Objects;
import java.util.UUID;

public record MonitoringReportId(UUID value) {

    public MonitoringReportId {
        Objects.requireNonNull(value, "value");
    }

    public static MonitoringReportId of(UUID value) {
        return new MonitoringReportId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
