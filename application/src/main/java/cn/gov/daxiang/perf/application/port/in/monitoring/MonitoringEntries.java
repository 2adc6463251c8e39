package cn.gov.daxiang.perf.application.port.in.monitoring;

import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;

import java.util.List;

/**
 * What the unit enters into its report: the budget side (null leaves it as it is; where the sync holds the
 * province's figures, figures that differ from them need {@code executionOverrideReason}) and indicator lines
 * (each replaces the indicator's line; indicators not named keep theirs).
 */
public record MonitoringEntries(BudgetExecution execution, List<IndicatorProgress> lines, String executionOverrideReason) {

    public MonitoringEntries {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public MonitoringEntries(BudgetExecution execution, List<IndicatorProgress> lines) {
        this(execution, lines, null);
    }
}
