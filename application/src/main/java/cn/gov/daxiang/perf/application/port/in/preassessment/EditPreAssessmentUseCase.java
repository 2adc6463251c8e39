package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;

public interface EditPreAssessmentUseCase {

    PreAssessmentDetails editPreAssessment(Actor actor, EditPreAssessmentCommand command);
}
