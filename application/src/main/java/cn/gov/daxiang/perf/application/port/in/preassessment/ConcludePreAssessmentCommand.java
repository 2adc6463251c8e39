package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.shared.Money;

/** Finance's conclusion: SUPPORT (assessed amount null or the amount requested), SUPPORT_AFTER_ADJUSTMENT (below it) or NOT_SUPPORTED. */
public record ConcludePreAssessmentCommand(PreAssessmentId id, long revision, AssessmentConclusion conclusion, Money assessedAmount,
                                           String opinion) {
}
