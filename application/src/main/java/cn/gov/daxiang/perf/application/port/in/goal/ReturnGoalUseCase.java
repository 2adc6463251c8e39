package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;

import java.util.List;

/**
 * Sends a goal back to its unit (退回) with reasons on the goal and on individual indicators: the
 * department before its review passes, the finance bureau after.
 */
public interface ReturnGoalUseCase {

    GoalDetails returnGoal(Actor actor, GoalId id, long revision, List<ReturnReason> reasons);
}
