package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;

import java.util.List;

/**
 * The finance bureau's review with an audit grade (优/良/中/差).
 *
 * @param revision         the revision the bureau read; a change from an older one is refused as stale
 * @param consultationNote required for 良 (the goal's rule), kept for any grade when given
 * @param reasons          required for 中 and 差 (the goal's rule), ignored otherwise; none given is an empty list
 */
public record ReviewGoalByFinanceCommand(GoalId goalId, long revision, AuditGrade grade, String consultationNote,
                                         List<ReturnReason> reasons) {

    public ReviewGoalByFinanceCommand {
        Commands.require("id", goalId);
        Commands.require("grade", grade);
        reasons = CommandLists.listOf("reasons", reasons);
    }
}
