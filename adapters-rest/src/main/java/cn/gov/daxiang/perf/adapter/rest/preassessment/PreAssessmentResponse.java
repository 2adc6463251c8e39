package cn.gov.daxiang.perf.adapter.rest.preassessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An ex-ante assessment (事前绩效评估): the project and what the unit asks for, the criteria it is scored on (the
 * version in force when drafted) with the points and comments given, the total, its state and what may be done now,
 * the agency commissioned, and the conclusion with the assessed amount (the cap of the project's budget arrangement).
 */
public record PreAssessmentResponse(String id, String projectCode, String unitCode, int fiscalYear, String purpose, String purposeLabel,
                                    BigDecimal requestedAmount, String summary, int criteriaVersion, List<CriterionLine> criteria,
                                    BigDecimal total, boolean fullyScored, String state, List<String> allowedActions, String agencyId,
                                    String returnReason, int returnCount, String conclusion, String conclusionLabel,
                                    BigDecimal assessedAmount, String opinion, String concludedBy, Instant concludedAt,
                                    String draftedBy, Instant draftedAt, long revision) {

    /** A criterion with its points and comment (null until scored). */
    public record CriterionLine(String code, String label, BigDecimal maxPoints, BigDecimal points, String comment) {
    }
}
