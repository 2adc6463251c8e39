package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;

import java.time.LocalDate;

/** Finance moves a round's due date or changes its warning thresholds (null leaves either as it is). */
public interface ChangeMonitoringRoundUseCase {

    MonitoringRoundDetails changeMonitoringRound(Actor actor, MonitoringRoundId id, long revision, LocalDate dueDate,
                                                 WarningPolicy warningPolicy);
}
