package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

/** A unit declares a goal for one of its projects, its overall spending or a transfer payment: a new draft. */
public interface DeclareGoalUseCase {

    GoalView declareGoal(Actor actor, DeclareGoalCommand command);
}
