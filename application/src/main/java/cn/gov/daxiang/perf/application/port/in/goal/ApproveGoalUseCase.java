package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;

/** The finance bureau approves a reviewed version together with the budget (批复). */
public interface ApproveGoalUseCase {

    GoalView approveGoal(Actor actor, GoalId id, long revision);
}
