package cn.gov.daxiang.perf.adapter.rest.arrangement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project's budget arrangement (预算安排) for its budget year: whether one is set, the classification in effect
 * (defaulted from the category when nothing is arranged), the amount, the project's assessment standing with the cap
 * it sets, and every revision. {@code revision} (also the ETag) is null when nothing is arranged yet.
 */
public record BudgetArrangementResponse(String projectCode, String projectName, String unitCode, int budgetYear, String category,
                                        boolean arranged, String classification, String classificationLabel, boolean classificationDefaulted,
                                        String classificationReason, BigDecimal amount, Long revision, Assessment assessment,
                                        List<RevisionLine> revisions) {

    /**
     * What the ex-ante assessments say: whether one is required, the latest concluded one, the one in progress, and
     * the cap (the latest concluded assessment's assessed amount when it supports the project; null otherwise).
     */
    public record Assessment(boolean required, String latestConcludedId, String latestConclusion, BigDecimal assessedAmount,
                             String openId, String openState, BigDecimal cap) {
    }

    public record RevisionLine(int number, BigDecimal amount, String classification, String classificationReason, String assessmentId,
                               BigDecimal assessedAmount, String by, Instant at) {
    }
}
