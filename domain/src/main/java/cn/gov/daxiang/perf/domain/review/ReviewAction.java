package cn.gov.daxiang.perf.domain.review;

/** What can be done to a submission, with the state it needs and the state it leads to. */
public enum ReviewAction {
    /** The unit changes its draft (填报); not recorded as a step. */
    EDIT(ReviewState.DRAFT, ReviewState.DRAFT, false),
    SUBMIT(ReviewState.DRAFT, ReviewState.SUBMITTED, false),
    DEPT_APPROVE(ReviewState.SUBMITTED, ReviewState.DEPT_REVIEWED, false),
    DEPT_RETURN(ReviewState.SUBMITTED, ReviewState.DRAFT, true),
    FINANCE_APPROVE(ReviewState.DEPT_REVIEWED, ReviewState.FINANCE_REVIEWED, false),
    FINANCE_RETURN(ReviewState.DEPT_REVIEWED, ReviewState.DRAFT, true);

    private final ReviewState from;
    private final ReviewState to;
    private final boolean needsReason;

    ReviewAction(ReviewState from, ReviewState to, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
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
