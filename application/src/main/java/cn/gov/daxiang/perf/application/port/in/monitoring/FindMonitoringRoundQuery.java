package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;

/** One round (rounds are district-wide: every user may read them). */
public interface FindMonitoringRoundQuery {

    MonitoringRoundDetails findMonitoringRound(Actor actor, MonitoringRoundId id);
}
