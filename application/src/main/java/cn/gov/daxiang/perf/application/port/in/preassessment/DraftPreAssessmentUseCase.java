package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The project's unit drafts an ex-ante assessment; one open assessment per project at a time. */
public interface DraftPreAssessmentUseCase {

    PreAssessmentDetails draftPreAssessment(Actor actor, DraftPreAssessmentCommand command);
}
