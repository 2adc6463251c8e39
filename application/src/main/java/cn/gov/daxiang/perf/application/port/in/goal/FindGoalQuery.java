package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;

/** One goal with all its versions, if the actor may see it (GoalNotFoundException otherwise). */
public interface FindGoalQuery {

    GoalView findGoal(Actor actor, GoalId id);
}
