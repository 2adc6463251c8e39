package cn.gov.daxiang.perf.domain.goal;

/**
 * What can be done to a goal version. The same names serve the refusal of an illegal transition, the
 * "next steps" a client may offer, and the review history.
 */
public enum GoalAction {
    /** Recorded only: the goal and its first version were created. */
    CREATE,
    /** Change the content of a draft (or of a returned version, which makes it a draft again). */
    EDIT,
    /** Submit a draft for review (单位申报); runs the quality checks. */
    SUBMIT,
    /** The supervising department accepts the submission (主管部门审核通过). */
    PASS_DEPARTMENT_REVIEW,
    /** The department or the finance bureau sends the version back with reasons (退回). */
    RETURN,
    /** The finance bureau's review with an audit grade 优/良/中/差 (财政审核). */
    REVIEW_BY_FINANCE,
    /** Take a returned version up again as a draft without changing it yet. */
    REVISE,
    /** Approve together with the budget (批复). */
    APPROVE,
    /** Disclose to the public (公开). */
    PUBLISH,
    /** Start an adjustment (调整): a new version, reviewed again from the start. */
    OPEN_ADJUSTMENT
}
