package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** The two groups the bureau's report averages key-evaluation scores by. */
public enum EvaluationCategory implements Labelled {
    /** 部门整体: department overall evaluations. */
    DEPARTMENT_OVERALL("部门整体"),
    /** 专项资金: every other key evaluation (projects and special funds of any kind). */
    SPECIAL_FUND("专项资金");

    private final String label;

    EvaluationCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
