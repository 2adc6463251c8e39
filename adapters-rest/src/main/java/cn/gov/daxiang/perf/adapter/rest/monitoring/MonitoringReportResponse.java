package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;
import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.FundsStatus;
import cn.gov.daxiang.perf.domain.monitoring.Likelihood;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A monitoring report (绩效运行监控表): the period and goal version, the unit and project with their names, the budget
 * side against time progress, one line per indicator, the warning with its explained reasons (kept at submission; a
 * preview while a draft), the funds status and decisions, the review history, what the caller may do now and the
 * revision (also the ETag).
 */
@Schema(name = "MonitoringReport", requiredProperties = {"id", "roundId", "fiscalYear", "cutOffMonth", "periodLabel", "goalId", "goalVersion",
        "unitCode", "revision", "status", "allowedActions", "lines", "fundsStatus", "fundsDecisions", "history"})
public record MonitoringReportResponse(@Schema(format = "uuid") String id, @Schema(format = "uuid") String roundId, int fiscalYear,
                                       int cutOffMonth, String periodLabel, @Schema(format = "uuid") String goalId, int goalVersion,
                                       String unitCode, String unitName, String projectCode, String projectName, long revision,
                                       Coded<ReviewState> status, List<Coded<ReviewAction>> allowedActions, Execution execution,
                                       List<Line> lines, WarningResponse warning, Coded<FundsStatus> fundsStatus,
                                       List<FundsDecisionResponse> fundsDecisions, List<ReviewStepResponse> history) {

    /**
     * 调整后预算数, 执行数, 执行率 and 序时进度 (%), and how many points execution lags time progress: the effective figures
     * the warning is assessed from, with their source (PROVINCE as of {@code asOf}, UNIT_OVERRIDE with its reason beside the
     * province's figures and the deviation, UNIT where the sync holds none) and whether the override is flagged.
     */
    @Schema(name = "MonitoringExecution", requiredProperties = {"adjustedBudget", "executed", "timeProgress", "source", "flagged"})
    public record Execution(BigDecimal adjustedBudget, BigDecimal executed, BigDecimal rate, BigDecimal timeProgress, BigDecimal lag,
                            Coded<ExecutionSource> source, LocalDate asOf, ExecutionSourceResponse.Figures provinceFigures,
                            String overrideReason, ExecutionSourceResponse.Deviation deviation, boolean flagged) {
    }

    /** The approved indicator beside the unit's line; {@code offTrack} once the line is recorded. */
    @Schema(name = "MonitoringLine", requiredProperties = {"indicatorId", "level1", "level2", "name", "valueType"})
    public record Line(@Schema(format = "uuid") String indicatorId, String level1, String level2, String name, Coded<ValueType> valueType,
                       Coded<Comparator> comparator, BigDecimal target, String unitOfMeasure, BigDecimal actualToDate,
                       BigDecimal projectedYearEnd, Coded<QualitativeTier> projectedTier, Coded<Likelihood> likelihood,
                       String deviationReason, String correctiveMeasure, Boolean offTrack) {
    }

    /** GREEN, YELLOW or RED with each reason explained in the caller's language; {@code kept} false for a draft's preview. */
    @Schema(name = "MonitoringWarning", requiredProperties = {"level", "kept", "reasons"})
    public record WarningResponse(Coded<WarningLevel> level, boolean kept, List<Reason> reasons) {
    }

    @Schema(name = "MonitoringWarningReason", requiredProperties = {"code", "level", "arguments", "title", "message"})
    public record Reason(String code, Coded<WarningLevel> level, Map<String, Object> arguments, String title, String message) {
    }

    @Schema(name = "FundsDecision", requiredProperties = {"decision", "decidedBy", "decidedAt", "reason"})
    public record FundsDecisionResponse(Coded<FundsDecisionKind> decision, String decidedBy, Instant decidedAt, String reason) {
    }
}
