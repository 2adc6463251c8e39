package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;

import java.util.Objects;

/** A unit opened its monitoring report on an approved goal version in a round: a draft. */
public record MonitoringReportOpened(MonitoringReportId reportId, MonitoringRoundId roundId, GoalVersionReference goal)
        implements DomainEvent {

    public MonitoringReportOpened {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(goal, "goal");
    }

    @Override
    public String action() {
        return "create";
    }
}
