package cn.gov.daxiang.perf.adapter.rest.arrangement;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentState;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project's budget arrangement (预算安排) for its budget year: whether one is set, the classification in effect
 * (defaulted from the category when nothing is arranged), the amount, the project's assessment standing with the cap
 * it sets, and every revision. {@code revision} (also the ETag) is null when nothing is arranged yet.
 */
@Schema(name = "BudgetArrangement", requiredProperties = {"projectCode", "projectName", "unitCode", "budgetYear", "category", "arranged",
        "classification", "classificationDefaulted", "assessment", "revisions"})
public record BudgetArrangementResponse(String projectCode, String projectName, String unitCode, int budgetYear, Coded<ProjectCategory> category,
                                        boolean arranged, Coded<BudgetClassification> classification, boolean classificationDefaulted,
                                        String classificationReason, @Schema(description = "元") BigDecimal amount, Long revision,
                                        Assessment assessment, List<RevisionLine> revisions) {

    /**
     * What the ex-ante assessments say: whether one is required, the latest concluded one, the one in progress, and
     * the cap (the latest concluded assessment's assessed amount when it supports the project; null otherwise).
     */
    @Schema(name = "BudgetArrangementAssessment", requiredProperties = {"required"})
    public record Assessment(boolean required, String latestConcludedId, Coded<AssessmentConclusion> latestConclusion, BigDecimal assessedAmount,
                             String openId, Coded<PreAssessmentState> openState, BigDecimal cap) {
    }

    @Schema(name = "BudgetArrangementRevision", requiredProperties = {"number", "amount", "classification", "by", "at"})
    public record RevisionLine(int number, BigDecimal amount, Coded<BudgetClassification> classification, String classificationReason,
                               String assessmentId, BigDecimal assessedAmount, String by, Instant at) {
    }
}
