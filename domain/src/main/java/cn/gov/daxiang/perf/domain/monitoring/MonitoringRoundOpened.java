package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance opened a monitoring round (绩效运行监控): units report on it from now on. */
public record MonitoringRoundOpened(MonitoringRoundId roundId, MonitoringPeriod period) implements DomainEvent {

    public MonitoringRoundOpened {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(period, "period");
    }

    @Override
    public String action() {
        return "create";
    }
}
