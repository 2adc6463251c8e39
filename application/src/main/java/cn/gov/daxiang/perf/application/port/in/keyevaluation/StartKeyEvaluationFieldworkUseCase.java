package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The commissioned agency's evaluator starts fieldwork (现场评价). */
public interface StartKeyEvaluationFieldworkUseCase {

    KeyEvaluationDetails startKeyEvaluationFieldwork(Actor actor, KeyEvaluationChange command);
}
