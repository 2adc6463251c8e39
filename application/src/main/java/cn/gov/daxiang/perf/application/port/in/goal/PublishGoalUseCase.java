package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;

/** The finance bureau records that an approved version was disclosed (公开). */
public interface PublishGoalUseCase {

    GoalView publishGoal(Actor actor, GoalId id, long revision);
}
