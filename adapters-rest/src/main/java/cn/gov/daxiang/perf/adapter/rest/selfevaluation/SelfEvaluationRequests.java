package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the self-evaluation endpoints. Coded values arrive as text and are read by the domain's parsers. */
public final class SelfEvaluationRequests {

    private SelfEvaluationRequests() {
    }

    /** Opens the self-evaluation of an approved goal. */
    public record OpenSelfEvaluationRequest(String goalId) {
    }

    /**
     * 全年预算数 (adjusted) and 全年执行数, in 元 with two decimals at most. Where the sync holds the province's figures for
     * the project, they count without being sent; figures that differ from them need {@code overrideReason} (422
     * EXECUTION_OVERRIDE_REASON_REQUIRED otherwise); figures equal to them need none.
     */
    public record ExecutionRequest(BigDecimal adjustedBudget, BigDecimal executed, String overrideReason) {

        public ExecutionRequest(BigDecimal adjustedBudget, BigDecimal executed) {
            this(adjustedBudget, executed, null);
        }
    }

    /**
     * One indicator's entries: {@code actual} (完成值) for a quantitative indicator, or {@code tier} (ACHIEVED,
     * PARTLY, NOT_ACHIEVED) with the {@code percentage} of the weight for a qualitative one; {@code deviationReason}
     * (偏差原因分析及改进措施). Absent parts stay as they are; a blank reason clears it.
     */
    public record LineRequest(String indicatorId, BigDecimal actual, String tier, BigDecimal percentage, String deviationReason) {
    }

    /** What the unit enters; every part is optional. */
    public record EntriesRequest(ExecutionRequest execution, String overallAchievement, List<LineRequest> lines) {
    }
}
