package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;

import java.util.List;

/**
 * What the unit enters into its report: the budget side (null leaves it as it is) and indicator lines
 * (each replaces the indicator's line; indicators not named keep theirs).
 */
public record MonitoringEntries(BudgetExecution execution, List<IndicatorProgress> lines) {

    public MonitoringEntries {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
