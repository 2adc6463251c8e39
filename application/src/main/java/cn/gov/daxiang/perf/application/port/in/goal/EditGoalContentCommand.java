package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;

/**
 * A unit's change of its draft (or returned) version.
 *
 * @param revision       the revision the unit read; a change from an older one is refused as stale
 * @param upperLevelGoal the corrected upper-level goal of a transfer-payment goal, or null to keep it
 */
public record EditGoalContentCommand(GoalId goalId, long revision, GoalContent content, UpperLevelGoalReference upperLevelGoal) {

    public EditGoalContentCommand {
        Commands.require("id", goalId);
        Commands.require("content", content);
    }
}
