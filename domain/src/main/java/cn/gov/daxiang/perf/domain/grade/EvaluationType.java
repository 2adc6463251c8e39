package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** The kinds of evaluation a grade scheme can be chosen for (评价类型). */
public enum EvaluationType implements Labelled {
    /** 单位自评. */
    SELF_EVALUATION("单位自评"),
    /** 部门评价. */
    DEPARTMENT_EVALUATION("部门评价"),
    /** 财政重点评价. */
    KEY_EVALUATION("财政重点评价");

    private final String label;

    EvaluationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
