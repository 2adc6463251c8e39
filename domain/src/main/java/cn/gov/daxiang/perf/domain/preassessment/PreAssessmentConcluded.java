package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** Finance concluded the assessment; {@code assessedAmount} is null when NOT_SUPPORTED. */
public record PreAssessmentConcluded(PreAssessmentId assessmentId, cn.gov.daxiang.perf.domain.project.ProjectCode projectCode, AssessmentConclusion conclusion, cn.gov.daxiang.perf.domain.shared.Money assessedAmount) implements DomainEvent {

    @Override
    public String action() {
        return "conclude";
    }
}
