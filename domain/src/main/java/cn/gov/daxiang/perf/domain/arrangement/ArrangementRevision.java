package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One setting of a budget arrangement, kept for ever: the amount, the classification (with its reason when a
 * specific-purpose project is ONGOING) and the assessment whose assessed amount capped it (null for ONGOING).
 *
 * @param number 1 for the first setting, then one more per revision
 */
public record ArrangementRevision(int number, Money amount, BudgetClassification classification, String classificationReason,
                                  PreAssessmentId assessmentId, Money assessedAmount, ActorId by, Instant at) {

    public ArrangementRevision {
        if (number < 1) {
            throw new IllegalArgumentException("number " + number);
        }
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
