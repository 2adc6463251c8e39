package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance, or the commissioned agency's evaluator, scores the criteria of an assessment under review. */
public interface ScorePreAssessmentUseCase {

    PreAssessmentDetails scorePreAssessment(Actor actor, ScorePreAssessmentCommand command);
}
