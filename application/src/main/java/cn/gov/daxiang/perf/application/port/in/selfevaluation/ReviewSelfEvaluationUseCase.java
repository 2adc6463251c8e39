package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/**
 * A review step: DEPT_APPROVE or DEPT_RETURN by the supervising department, FINANCE_APPROVE (completes the
 * evaluation) or FINANCE_RETURN by finance; returns need a reason and drop the recorded result.
 */
public interface ReviewSelfEvaluationUseCase {

    SelfEvaluationDetails reviewSelfEvaluation(Actor actor, ReviewSelfEvaluationCommand command);
}
