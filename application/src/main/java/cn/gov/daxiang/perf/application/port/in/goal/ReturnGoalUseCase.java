package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

/**
 * Sends a goal back to its unit (退回) with reasons on the goal and on individual indicators: the
 * department before its review passes, the finance bureau after.
 */
public interface ReturnGoalUseCase {

    GoalView returnGoal(Actor actor, ReturnGoalCommand command);
}
