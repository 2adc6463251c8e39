package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/**
 * What can be done to a goal version. The same names serve the refusal of an illegal transition, the
 * "next steps" a client may offer, and the review history.
 */
public enum GoalAction implements Labelled {
    /** Recorded only: the goal and its first version were created. */
    CREATE("创建"),
    /** Change the content of a draft (or of a returned version, which makes it a draft again). */
    EDIT("编辑"),
    /** Submit a draft for review (单位申报); runs the quality checks. */
    SUBMIT("申报"),
    /** The supervising department accepts the submission (主管部门审核通过). */
    PASS_DEPARTMENT_REVIEW("主管部门审核通过"),
    /** The department or the finance bureau sends the version back with reasons (退回). */
    RETURN("退回"),
    /** The finance bureau's review with an audit grade 优/良/中/差 (财政审核). */
    REVIEW_BY_FINANCE("财政审核"),
    /** Take a returned version up again as a draft without changing it yet. */
    REVISE("重新修改"),
    /** Approve together with the budget (批复). */
    APPROVE("批复"),
    /** Disclose to the public (公开). */
    PUBLISH("公开"),
    /** Start an adjustment (调整): a new version, reviewed again from the start. */
    OPEN_ADJUSTMENT("调整");

    private final String label;

    GoalAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
