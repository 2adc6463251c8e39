package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The unit opens an adjustment (调整) of its approved goal: a new draft version, reviewed again. */
public interface OpenGoalAdjustmentUseCase {

    GoalView openGoalAdjustment(Actor actor, OpenGoalAdjustmentCommand command);
}
