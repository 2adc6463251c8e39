package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance returns the submitted report for rework (退回). */
public interface ReturnKeyEvaluationUseCase {

    KeyEvaluationDetails returnKeyEvaluation(Actor actor, ReturnKeyEvaluationCommand command);
}
