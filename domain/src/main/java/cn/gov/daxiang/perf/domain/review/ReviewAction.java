package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** What can be done to a submission, with the state it needs and the state it leads to. */
public enum ReviewAction implements Labelled {
    /** The unit changes its draft (填报); not recorded as a step. */
    EDIT("填报", ReviewState.DRAFT, ReviewState.DRAFT, false),
    SUBMIT("提交", ReviewState.DRAFT, ReviewState.SUBMITTED, false),
    DEPT_APPROVE("主管部门审核通过", ReviewState.SUBMITTED, ReviewState.DEPT_REVIEWED, false),
    DEPT_RETURN("主管部门退回", ReviewState.SUBMITTED, ReviewState.DRAFT, true),
    FINANCE_APPROVE("财政审核通过", ReviewState.DEPT_REVIEWED, ReviewState.FINANCE_REVIEWED, false),
    FINANCE_RETURN("财政退回", ReviewState.DEPT_REVIEWED, ReviewState.DRAFT, true);

    private final String label;
    private final ReviewState from;
    private final ReviewState to;
    private final boolean needsReason;

    ReviewAction(String label, ReviewState from, ReviewState to, boolean needsReason) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
    }

    @Override
    public String label() {
        return label;
    }

    public ReviewState from() {
        return from;
    }

    public ReviewState to() {
        return to;
    }

    /** Returns (退回) must say why, so the unit knows what to revise. */
    public boolean needsReason() {
        return needsReason;
    }
}
