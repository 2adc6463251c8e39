package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** The unit submitted the assessment to finance. */
public record PreAssessmentSubmitted(PreAssessmentId assessmentId) implements DomainEvent {

    @Override
    public String action() {
        return "submit";
    }
}
