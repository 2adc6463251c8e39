package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.execution.ExecutionTolerance;

/**
 * Execution settings the deployment configures: how far a unit's override of the province's execution figures may
 * differ before it is flagged ({@code perf.execution.tolerance-percent}, default 1; {@code perf.execution.tolerance-amount}
 * in 元, default 0; the larger of the two counts).
 */
public interface ExecutionSettings {

    ExecutionTolerance executionTolerance();
}
