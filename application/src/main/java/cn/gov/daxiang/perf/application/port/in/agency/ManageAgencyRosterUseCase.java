package cn.gov.daxiang.perf.application.port.in.agency;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance administration manages an agency's evaluator roster. */
public interface ManageAgencyRosterUseCase {

    AgencyView appointEvaluator(Actor actor, AppointEvaluatorCommand command);

    AgencyView removeEvaluator(Actor actor, RemoveEvaluatorCommand command);
}
