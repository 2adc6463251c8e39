package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** Finance returned the assessment to the unit, with its reasons. */
public record PreAssessmentReturned(PreAssessmentId assessmentId, String reason) implements DomainEvent {

    @Override
    public String action() {
        return "return";
    }
}
