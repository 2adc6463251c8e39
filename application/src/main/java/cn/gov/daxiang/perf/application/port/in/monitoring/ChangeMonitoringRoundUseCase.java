package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance moves a round's due date or changes its warning thresholds (null leaves either as it is). */
public interface ChangeMonitoringRoundUseCase {

    MonitoringRoundDetails changeMonitoringRound(Actor actor, ChangeMonitoringRoundCommand command);
}
