package cn.gov.daxiang.perf.domain.keyevaluation;

/** The two groups the bureau's report averages key-evaluation scores by. */
public enum EvaluationCategory {
    /** 部门整体: department overall evaluations. */
    DEPARTMENT_OVERALL("部门整体"),
    /** 专项资金: every other key evaluation (projects and special funds of any kind). */
    SPECIAL_FUND("专项资金");

    private final String label;

    EvaluationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
