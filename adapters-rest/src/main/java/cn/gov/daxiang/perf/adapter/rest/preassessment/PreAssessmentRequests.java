package cn.gov.daxiang.perf.adapter.rest.preassessment;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the ex-ante assessment endpoints. */
public final class PreAssessmentRequests {

    private PreAssessmentRequests() {
    }

    /** A new assessment: the project, NEW_PROJECT or CONTINUATION, the amount requested (元) and an optional summary. */
    public record DraftPreAssessmentRequest(String projectCode, String purpose, BigDecimal requestedAmount, String summary) {
    }

    /** The draft as it should now read. */
    public record EditPreAssessmentRequest(String purpose, BigDecimal requestedAmount, String summary) {
    }

    /** One criterion's points (0 to its maximum, two decimals at most) and comment. */
    public record ScoreRequest(String code, BigDecimal points, String comment) {
    }

    public record ScoresRequest(List<ScoreRequest> scores) {
    }

    /** Finance takes the assessment up; {@code agencyId} commissions a third-party agency (absent: finance assesses itself). */
    public record TakeUpRequest(String agencyId) {
    }

    public record ReturnRequest(String reason) {
    }

    /** SUPPORT (assessedAmount absent or the amount requested), SUPPORT_AFTER_ADJUSTMENT (below it) or NOT_SUPPORTED (none). */
    public record ConcludeRequest(String conclusion, BigDecimal assessedAmount, String opinion) {
    }

    /** A criterion of a new criteria version. */
    public record CriterionRequest(String code, String label, BigDecimal maxPoints) {
    }

    public record CriteriaRequest(List<CriterionRequest> criteria) {
    }
}
