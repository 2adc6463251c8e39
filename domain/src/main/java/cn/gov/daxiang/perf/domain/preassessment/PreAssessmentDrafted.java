package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** The unit drafted an ex-ante assessment of a project. */
public record PreAssessmentDrafted(PreAssessmentId assessmentId, cn.gov.daxiang.perf.domain.project.ProjectCode projectCode, AssessmentPurpose purpose) implements DomainEvent {

    @Override
    public String action() {
        return "create";
    }
}
