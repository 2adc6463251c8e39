package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.GoalId;

/**
 * A unit's request to adjust (调整) its approved goal.
 *
 * @param revision the revision the unit read; a change from an older one is refused as stale
 * @param reason   why; required by the goal, which refuses a missing one once the caller may see the goal at all
 */
public record OpenGoalAdjustmentCommand(GoalId goalId, long revision, String reason) {

    public OpenGoalAdjustmentCommand {
        Commands.require("id", goalId);
    }
}
