package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;

public interface ConcludePreAssessmentUseCase {

    PreAssessmentDetails concludePreAssessment(Actor actor, ConcludePreAssessmentCommand command);
}
