package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;

/** The unit takes a returned version up again as a draft, unchanged. */
public interface ReviseGoalUseCase {

    GoalView reviseGoal(Actor actor, GoalId id, long revision);
}
