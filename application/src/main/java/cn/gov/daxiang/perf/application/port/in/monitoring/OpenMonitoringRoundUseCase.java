package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance opens a monitoring round (1–cutOffMonth of a year, due by a date, warned by the given thresholds). */
public interface OpenMonitoringRoundUseCase {

    MonitoringRoundDetails openMonitoringRound(Actor actor, OpenMonitoringRoundCommand command);
}
