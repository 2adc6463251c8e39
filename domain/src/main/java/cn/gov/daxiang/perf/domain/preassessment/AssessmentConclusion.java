package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** The conclusion of an ex-ante assessment (评估结论). */
public enum AssessmentConclusion implements Labelled {
    /** 予以支持: the assessed amount is the amount requested. */
    SUPPORT("予以支持"),
    /** 调整后支持: supported at an assessed amount below the amount requested. */
    SUPPORT_AFTER_ADJUSTMENT("调整后支持"),
    /** 不予支持: no budget may be arranged on this assessment. */
    NOT_SUPPORTED("不予支持");

    private final String label;

    AssessmentConclusion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean supports() {
        return this != NOT_SUPPORTED;
    }
}
