package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** Criteria were scored (the codes of those given). */
public record PreAssessmentScored(PreAssessmentId assessmentId, java.util.List<String> criteria) implements DomainEvent {

    @Override
    public String action() {
        return "score";
    }
}
