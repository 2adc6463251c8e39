package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A monitoring report (绩效运行监控表): the period and goal version, the budget side against time progress, one
 * line per indicator, the warning with its explained reasons (kept at submission; a preview while a draft), the
 * funds status and decisions, the review history, the actions allowed next and the revision (also the ETag).
 */
public record MonitoringReportResponse(String id, String roundId, int fiscalYear, int cutOffMonth, String periodLabel, String goalId,
                                       int goalVersion, String unitCode, String projectCode, long revision, String status,
                                       String statusLabel, List<String> allowedActions, Execution execution, List<Line> lines,
                                       WarningResponse warning, String fundsStatus, String fundsStatusLabel,
                                       List<FundsDecisionResponse> fundsDecisions, List<ReviewStepResponse> history) {

    /**
     * 调整后预算数, 执行数, 执行率 and 序时进度 (%), and how many points execution lags time progress: the effective figures
     * the warning is assessed from, with their source (PROVINCE as of {@code asOf}, UNIT_OVERRIDE with its reason beside the
     * province's figures and the deviation, UNIT where the sync holds none) and whether the override is flagged.
     */
    public record Execution(BigDecimal adjustedBudget, BigDecimal executed, BigDecimal rate, BigDecimal timeProgress, BigDecimal lag,
                            String source, String sourceLabel,
                            java.time.LocalDate asOf, ExecutionSourceResponse.Figures provinceFigures, String overrideReason,
                            ExecutionSourceResponse.Deviation deviation, boolean flagged) {
    }

    /** The approved indicator beside the unit's line; {@code offTrack} once the line is recorded. */
    public record Line(String indicatorId, String level1, String level2, String name, String valueType, String comparator,
                       String comparatorSymbol, BigDecimal target, String unitOfMeasure, BigDecimal actualToDate,
                       BigDecimal projectedYearEnd, String projectedTier, String likelihood, String likelihoodLabel,
                       String deviationReason, String correctiveMeasure, Boolean offTrack) {
    }

    /** GREEN, YELLOW or RED with each reason explained in the caller's language; {@code kept} false for a draft's preview. */
    public record WarningResponse(String level, String label, boolean kept, List<Reason> reasons) {
    }

    public record Reason(String code, String level, Map<String, Object> arguments, String title, String message) {
    }

    public record FundsDecisionResponse(String decision, String label, String decidedBy, Instant decidedAt, String reason) {
    }
}
