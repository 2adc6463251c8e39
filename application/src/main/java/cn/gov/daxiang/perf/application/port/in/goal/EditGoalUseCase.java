package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The unit changes its draft (or returned) version. */
public interface EditGoalUseCase {

    GoalView editGoal(Actor actor, EditGoalContentCommand command);
}
