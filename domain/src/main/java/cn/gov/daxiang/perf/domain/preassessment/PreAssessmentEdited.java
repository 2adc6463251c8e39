package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** The unit changed its draft (purpose, requested amount, summary). */
public record PreAssessmentEdited(PreAssessmentId assessmentId) implements DomainEvent {

    @Override
    public String action() {
        return "update";
    }
}
