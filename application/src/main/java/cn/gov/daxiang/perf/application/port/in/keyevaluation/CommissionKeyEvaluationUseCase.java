package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance commissions an active agency (委托). */
public interface CommissionKeyEvaluationUseCase {

    KeyEvaluationDetails commissionKeyEvaluation(Actor actor, CommissionKeyEvaluationCommand command);
}
