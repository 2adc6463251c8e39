package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance (FINANCE_ADMIN, FINANCE_REVIEWER) plans a key evaluation of a project, a special fund or a department's overall spending. */
public interface PlanKeyEvaluationUseCase {

    KeyEvaluationDetails planKeyEvaluation(Actor actor, PlanKeyEvaluationCommand command);
}
