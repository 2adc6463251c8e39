package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** The kind of evaluation a rectification comes from. */
public enum EvaluationKind implements Labelled {
    /** 重点评价. */
    KEY_EVALUATION("重点评价"),
    /** 绩效自评. */
    SELF_EVALUATION("绩效自评");

    private final String label;

    EvaluationKind(String label) {
        this.label = label;
    }

    /** The Chinese name. */
    @Override
    public String label() {
        return label;
    }
}
