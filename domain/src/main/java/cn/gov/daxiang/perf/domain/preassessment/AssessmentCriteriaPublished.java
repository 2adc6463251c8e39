package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** Finance administration published a new version of the assessment criteria. */
public record AssessmentCriteriaPublished(int version) implements DomainEvent {

    @Override
    public String action() {
        return "create";
    }
}
