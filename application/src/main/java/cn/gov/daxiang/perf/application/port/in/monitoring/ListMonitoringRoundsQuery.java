package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The rounds of a year (or of every year), latest first. */
public interface ListMonitoringRoundsQuery {

    Page<MonitoringRoundDetails> listMonitoringRounds(Actor actor, FiscalYear fiscalYear, Paging paging);
}
