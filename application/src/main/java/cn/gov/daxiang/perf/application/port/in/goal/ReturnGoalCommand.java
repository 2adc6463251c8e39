package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;

import java.util.List;

/**
 * A goal sent back to its unit (退回).
 *
 * @param revision the revision the reviewer read; a change from an older one is refused as stale
 * @param reasons  on the goal or on its indicators; none given is an empty list, which the goal refuses (after it
 *                 has checked that it may be returned at all)
 */
public record ReturnGoalCommand(GoalId goalId, long revision, List<ReturnReason> reasons) {

    public ReturnGoalCommand {
        Commands.require("id", goalId);
        reasons = CommandLists.listOf("reasons", reasons);
    }
}
