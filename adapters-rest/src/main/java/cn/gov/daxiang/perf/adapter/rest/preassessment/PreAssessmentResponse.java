package cn.gov.daxiang.perf.adapter.rest.preassessment;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentAction;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An ex-ante assessment (事前绩效评估): the project and what the unit asks for, the criteria it is scored on (the
 * version in force when drafted) with the points and comments given, the total, its state and what the caller may do
 * now, the agency commissioned, and the conclusion with the assessed amount (the cap of the project's budget arrangement).
 */
@Schema(name = "PreAssessment", requiredProperties = {"id", "projectCode", "unitCode", "fiscalYear", "purpose", "requestedAmount",
        "criteriaVersion", "criteria", "total", "fullyScored", "state", "allowedActions", "returnCount", "draftedBy", "draftedAt", "revision"})
public record PreAssessmentResponse(@Schema(format = "uuid") String id, String projectCode, String unitCode, int fiscalYear,
                                    Coded<AssessmentPurpose> purpose, @Schema(description = "元") BigDecimal requestedAmount, String summary,
                                    int criteriaVersion, List<CriterionLine> criteria, BigDecimal total, boolean fullyScored,
                                    Coded<PreAssessmentState> state,
                                    @Schema(description = "What the caller may do to the assessment now (its state, the caller's role, unit and agency)")
                                    List<Coded<PreAssessmentAction>> allowedActions, String agencyId,
                                    String returnReason, int returnCount, Coded<AssessmentConclusion> conclusion,
                                    @Schema(description = "元") BigDecimal assessedAmount, String opinion, String concludedBy, Instant concludedAt,
                                    String draftedBy, Instant draftedAt, long revision) {

    /** A criterion with its points and comment (null until scored). */
    @Schema(name = "PreAssessmentCriterionLine", requiredProperties = {"code", "label", "maxPoints"})
    public record CriterionLine(String code, String label, BigDecimal maxPoints, BigDecimal points, String comment) {
    }
}
