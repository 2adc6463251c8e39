package cn.gov.daxiang.perf.application.port.in.arrangement;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance sets or revises the budget arranged for a project, within its assessed amount when it needs an assessment. */
public interface ArrangeBudgetUseCase {

    BudgetArrangementView arrangeBudget(Actor actor, ArrangeBudgetCommand command);
}
