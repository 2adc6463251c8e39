package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.LocalDate;

/**
 * A new monitoring round: January to {@code cutOffMonth} of a year, due by a date.
 *
 * @param cutOffMonth   1–12; the round's period checks the range
 * @param warningPolicy the thresholds; null for the standard ones (10 and 20 points)
 */
public record OpenMonitoringRoundCommand(FiscalYear fiscalYear, int cutOffMonth, LocalDate dueDate, WarningPolicy warningPolicy) {

    public OpenMonitoringRoundCommand {
        CommandFields.require("fiscalYear", fiscalYear);
        CommandFields.require("dueDate", dueDate);
    }
}
