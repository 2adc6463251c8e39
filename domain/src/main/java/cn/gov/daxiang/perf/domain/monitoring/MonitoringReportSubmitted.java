package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The unit submitted its report; the warning assessed at submission is kept with it. */
public record MonitoringReportSubmitted(MonitoringReportId reportId, Warning warning) implements DomainEvent {

    public MonitoringReportSubmitted {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(warning, "warning");
    }

    @Override
    public String action() {
        return "submit";
    }
}
