package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of the self-evaluation endpoints; coded values by code or label, read by the domain's parsers. */
public final class SelfEvaluationRequests {

    /** Lines of one request at most (a goal has far fewer indicators). */
    public static final int MAX_LINES = 200;

    private SelfEvaluationRequests() {
    }

    /** Opens the self-evaluation of an approved goal. */
    @Schema(name = "OpenSelfEvaluationRequest")
    public record OpenSelfEvaluationRequest(
            @NotNull @Schema(format = "uuid", example = "3f1c2a9e-7b4d-4e8a-9c1f-2d5e6a7b8c90") GoalId goalId) {
    }

    /**
     * 全年预算数 (adjusted) and 全年执行数, in 元 with two decimals at most. Where the sync holds the province's figures for
     * the project, they count without being sent; figures that differ from them need {@code overrideReason} (422
     * EXECUTION_OVERRIDE_REASON_REQUIRED otherwise); figures equal to them need none.
     */
    @Schema(name = "ExecutionFiguresRequest", description = "The budget side: 调整后预算数 and 执行数 in 元, both together")
    public record ExecutionRequest(
            @NotNull @Schema(description = "调整后预算数 (元)", example = "1200000.00") BigDecimal adjustedBudget,
            @NotNull @Schema(description = "执行数 (元)", example = "960000.00") BigDecimal executed,
            @Size(max = ReportedExecution.REASON_MAX_LENGTH) @Schema(example = "省平台数据未含12月支付") String overrideReason) {

        public ExecutionRequest(BigDecimal adjustedBudget, BigDecimal executed) {
            this(adjustedBudget, executed, null);
        }
    }

    /**
     * One indicator's entries: {@code actual} (完成值) for a quantitative indicator, or {@code tier} (ACHIEVED,
     * PARTLY, NOT_ACHIEVED) with the {@code percentage} of the weight for a qualitative one; {@code deviationReason}
     * (偏差原因分析及改进措施). Absent parts stay as they are; a blank reason clears it.
     */
    @Schema(name = "SelfEvaluationLineRequest")
    public record LineRequest(
            @NotNull @Schema(format = "uuid") UUID indicatorId,
            @Schema(description = "完成值 of a quantitative indicator", example = "12") BigDecimal actual,
            @Schema(description = "Tier of a qualitative indicator (code or label)") QualitativeTier tier,
            @Schema(description = "Percentage of the weight earned, within the tier", example = "85") BigDecimal percentage,
            @Size(max = SelfEvaluation.REASON_MAX_LENGTH) @Schema(example = "受汛期影响，开工推迟两个月") String deviationReason) {
    }

    /** What the unit enters; every part is optional. */
    @Schema(name = "SelfEvaluationEntriesRequest")
    public record EntriesRequest(
            @Valid ExecutionRequest execution,
            @Size(max = SelfEvaluation.SUMMARY_MAX_LENGTH) @Schema(example = "年度总体目标基本完成") String overallAchievement,
            @Size(max = MAX_LINES) List<@NotNull @Valid LineRequest> lines) {
    }
}
