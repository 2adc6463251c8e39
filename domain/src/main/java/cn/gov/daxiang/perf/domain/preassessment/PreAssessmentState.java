package cn.gov.daxiang.perf.domain.preassessment;

/**
 * Where an assessment stands: the unit drafts and submits it (DRAFT, SUBMITTED), finance takes it up and may
 * commission an agency (UNDER_REVIEW), then concludes it (CONCLUDED, final) or returns it to the unit (RETURNED,
 * editable again and submitted anew).
 */
public enum PreAssessmentState {
    DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED, CONCLUDED;

    /** Every state but CONCLUDED: a project has at most one open assessment at a time. */
    public boolean isOpen() {
        return this != CONCLUDED;
    }
}
