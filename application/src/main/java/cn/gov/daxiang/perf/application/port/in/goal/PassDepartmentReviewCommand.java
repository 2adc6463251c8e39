package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.GoalId;

/**
 * The supervising department accepts a unit's submission (主管部门审核).
 *
 * @param revision the revision the department read; a change from an older one is refused as stale
 * @param note     optional; the goal bounds its length
 */
public record PassDepartmentReviewCommand(GoalId goalId, long revision, String note) {

    public PassDepartmentReviewCommand {
        Commands.require("id", goalId);
    }
}
