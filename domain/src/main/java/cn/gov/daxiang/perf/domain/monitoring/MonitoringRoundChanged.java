package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance moved a round's due date or changed its warning thresholds (one event for both in one change). */
public record MonitoringRoundChanged(MonitoringRoundId roundId) implements DomainEvent {

    public MonitoringRoundChanged {
        Objects.requireNonNull(roundId, "roundId");
    }

    @Override
    public String action() {
        return "update";
    }
}
