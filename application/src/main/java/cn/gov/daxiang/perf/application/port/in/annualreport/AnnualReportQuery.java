package cn.gov.daxiang.perf.application.port.in.annualreport;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.annualreport.AnnualReport;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;

/**
 * The bureau's annual report (年度工作统计) of a work year, computed from the records on request, never stored. The
 * district's statistics: finance and auditors only (a partial report of one department would misstate the district's
 * figures; departments and units see their own work through the lists and the goal coverage).
 */
public interface AnnualReportQuery {

    AnnualReport annualReport(Actor actor, WorkYear workYear);
}
