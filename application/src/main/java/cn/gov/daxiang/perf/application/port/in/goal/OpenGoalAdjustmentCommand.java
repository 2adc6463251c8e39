package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.GoalId;

/**
 * A unit's request to adjust (调整) its approved goal.
 *
 * @param revision the revision the unit read; a request from an older one is refused as stale
 * @param reason   why; the goal itself requires it (after the goal is found and the adjustment allowed, so a missing
 *                 reason on a goal the unit cannot see is still not found)
 */
public record OpenGoalAdjustmentCommand(GoalId goalId, long revision, String reason) {

    public OpenGoalAdjustmentCommand {
        Commands.require("id", goalId);
    }
}
