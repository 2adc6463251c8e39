package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.LocalDate;

/** Finance opens a monitoring round (1–cutOffMonth of a year, due by a date, warned by the given thresholds). */
public interface OpenMonitoringRoundUseCase {

    MonitoringRoundDetails openMonitoringRound(Actor actor, FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate,
                                               WarningPolicy warningPolicy);
}
