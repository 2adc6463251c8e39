package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;

/** The unit opens its report on one of its approved goals in a round: a draft copying the latest approved version. */
public interface OpenMonitoringReportUseCase {

    MonitoringReportDetails openMonitoringReport(Actor actor, MonitoringRoundId roundId, GoalId goalId);
}
