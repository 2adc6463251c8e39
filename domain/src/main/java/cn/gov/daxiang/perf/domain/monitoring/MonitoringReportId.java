package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record MonitoringReportId(UUID value) {

    public MonitoringReportId {
        Objects.requireNonNull(value, "value");
    }

    public static MonitoringReportId of(UUID value) {
        return new MonitoringReportId(value);
    }

    public static MonitoringReportId newId() {
        return new MonitoringReportId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static MonitoringReportId parse(String text) {
        try {
            return new MonitoringReportId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("MONITORING_REPORT_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
