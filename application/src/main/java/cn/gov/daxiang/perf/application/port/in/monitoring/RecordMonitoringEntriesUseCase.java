package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The unit fills its draft report. */
public interface RecordMonitoringEntriesUseCase {

    MonitoringReportDetails recordMonitoringEntries(Actor actor, RecordMonitoringEntriesCommand command);
}
