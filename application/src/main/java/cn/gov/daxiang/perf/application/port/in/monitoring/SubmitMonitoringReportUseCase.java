package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;

/** The unit submits its report; the warning is assessed with the round's thresholds and kept. */
public interface SubmitMonitoringReportUseCase {

    MonitoringReportDetails submitMonitoringReport(Actor actor, MonitoringReportId id, long revision);
}
