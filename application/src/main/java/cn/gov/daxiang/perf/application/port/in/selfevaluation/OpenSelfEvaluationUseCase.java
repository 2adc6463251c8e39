package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;

/**
 * The unit opens the self-evaluation of one of its approved goals after the year end: a draft copying the
 * latest approved version's indicators and the weights configured for its kind and year.
 */
public interface OpenSelfEvaluationUseCase {

    SelfEvaluationDetails openSelfEvaluation(Actor actor, GoalId goalId);
}
