package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/**
 * Where an assessment stands: the unit drafts and submits it (DRAFT, SUBMITTED), finance takes it up and may
 * commission an agency (UNDER_REVIEW), then concludes it (CONCLUDED, final) or returns it to the unit (RETURNED,
 * editable again and submitted anew).
 */
public enum PreAssessmentState implements Labelled {
    DRAFT("草稿"), SUBMITTED("已提交"), UNDER_REVIEW("评估中"), RETURNED("已退回"), CONCLUDED("已出具结论");

    private final String label;

    PreAssessmentState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Every state but CONCLUDED: a project has at most one open assessment at a time. */
    public boolean isOpen() {
        return this != CONCLUDED;
    }
}
