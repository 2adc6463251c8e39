package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The reports the actor may see, by round, year, unit, status, warning level and funds status. */
public interface ListMonitoringReportsQuery {

    Page<MonitoringReportDetails> listMonitoringReports(Actor actor, MonitoringReportCriteria criteria, Paging paging);
}
