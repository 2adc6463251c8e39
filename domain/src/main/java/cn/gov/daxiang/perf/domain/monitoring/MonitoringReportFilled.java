package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The unit filled its draft (填报): indicator lines or the budget side; one event however many entries a change makes. */
public record MonitoringReportFilled(MonitoringReportId reportId) implements DomainEvent {

    public MonitoringReportFilled {
        Objects.requireNonNull(reportId, "reportId");
    }

    @Override
    public String action() {
        return "update";
    }
}
