package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;

/** One report, if the actor may see it (MonitoringReportNotFoundException otherwise). */
public interface FindMonitoringReportQuery {

    MonitoringReportDetails findMonitoringReport(Actor actor, MonitoringReportId id);
}
