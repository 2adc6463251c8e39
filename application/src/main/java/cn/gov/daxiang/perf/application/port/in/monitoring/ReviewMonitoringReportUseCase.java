package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;

/**
 * A review step on a report: DEPT_APPROVE or DEPT_RETURN by the supervising department, FINANCE_APPROVE or
 * FINANCE_RETURN by finance; returns need a reason, approvals may carry an opinion.
 */
public interface ReviewMonitoringReportUseCase {

    MonitoringReportDetails reviewMonitoringReport(Actor actor, ReviewMonitoringReportCommand command);
}
