package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** Finance took the assessment up; {@code agency} is the agency commissioned, or null when finance assesses itself. */
public record PreAssessmentTakenUp(PreAssessmentId assessmentId, cn.gov.daxiang.perf.domain.access.AgencyId agency) implements DomainEvent {

    @Override
    public String action() {
        return "review";
    }
}
