package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.ExecutionRequest;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecision;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.Likelihood;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of the monitoring endpoints; coded values by code or label, read by the domain's parsers. */
public final class MonitoringRequests {

    private MonitoringRequests() {
    }

    /**
     * A new round: 1–{@code cutOffMonth} of {@code fiscalYear}, due by {@code dueDate}; warning thresholds in percentage
     * points (default 10 and 20; give both or neither).
     */
    @Schema(name = "OpenMonitoringRoundRequest")
    public record OpenRoundRequest(
            @NotNull @Schema(type = SchemaType.INTEGER, example = "2024") FiscalYear fiscalYear,
            @NotNull @Min(1) @Max(12) @Schema(example = "6") Integer cutOffMonth,
            @NotNull @Schema(example = "2024-07-15") LocalDate dueDate,
            @Schema(description = "Points execution may lag time progress before YELLOW", example = "10") BigDecimal yellowLagAbove,
            @Schema(description = "Points execution may lag time progress before RED", example = "20") BigDecimal redLagAbove) {
    }

    /** A round's new due date and/or thresholds (both thresholds together); absent parts stay as they are. */
    @Schema(name = "ChangeMonitoringRoundRequest")
    public record ChangeRoundRequest(@Schema(example = "2024-07-31") LocalDate dueDate,
                                     @Schema(example = "10") BigDecimal yellowLagAbove, @Schema(example = "20") BigDecimal redLagAbove) {
    }

    /** Opens the report on an approved goal in a round. */
    @Schema(name = "OpenMonitoringReportRequest")
    public record OpenReportRequest(@NotNull @Schema(format = "uuid") MonitoringRoundId roundId,
                                    @NotNull @Schema(format = "uuid") GoalId goalId) {
    }

    /**
     * One indicator's line: {@code actualToDate} and {@code projectedYearEnd} for a quantitative indicator or
     * {@code projectedTier} for a qualitative one; {@code likelihood}; {@code deviationReason} and
     * {@code correctiveMeasure} where off track.
     */
    @Schema(name = "MonitoringLineRequest")
    public record LineRequest(
            @NotNull @Schema(format = "uuid") UUID indicatorId,
            @Schema(description = "截至目前完成值", example = "8") BigDecimal actualToDate,
            @Schema(description = "全年预计完成值", example = "12") BigDecimal projectedYearEnd,
            @Schema(description = "Qualitative indicator's projected tier (code or label)") QualitativeTier projectedTier,
            @NotNull @Schema(description = "Whether the target will be met (code or label)") Likelihood likelihood,
            @Size(max = IndicatorProgress.TEXT_MAX_LENGTH) @Schema(example = "受汛期影响，开工推迟") String deviationReason,
            @Size(max = IndicatorProgress.TEXT_MAX_LENGTH) @Schema(example = "增加施工班组，10月前完成") String correctiveMeasure) {
    }

    /** The budget side (调整后预算数, 执行数) and any lines; each line replaces the indicator's line. */
    @Schema(name = "MonitoringEntriesRequest")
    public record EntriesRequest(@Valid ExecutionRequest execution,
                                 @Size(max = SelfEvaluationRequests.MAX_LINES) List<@NotNull @Valid LineRequest> lines) {
    }

    /** Finance's decision on a red report's funds: SUSPEND (暂缓拨款) or CONTINUE, with the reason. */
    @Schema(name = "FundsDecisionRequest")
    public record FundsDecisionRequest(@NotNull @Schema(description = "SUSPEND or CONTINUE (code or label)") FundsDecisionKind decision,
                                       @NotBlank @Size(max = FundsDecision.REASON_MAX_LENGTH) @Schema(example = "执行率严重滞后，暂缓拨付剩余资金") String reason) {
    }
}
