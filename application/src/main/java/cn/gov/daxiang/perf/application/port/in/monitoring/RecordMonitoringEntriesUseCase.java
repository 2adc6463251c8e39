package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;

/** The unit fills its draft report. */
public interface RecordMonitoringEntriesUseCase {

    MonitoringReportDetails recordMonitoringEntries(Actor actor, MonitoringReportId id, long revision, MonitoringEntries entries);
}
