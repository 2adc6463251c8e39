package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.framework.FrameworkObjectKind;

/** What a key evaluation looks at: one project, a special fund (a named set of projects) or a department's overall spending. */
public enum EvaluationObjectKind implements Labelled {
    PROJECT("项目", FrameworkObjectKind.PROJECT),
    SPECIAL_FUND("专项资金", FrameworkObjectKind.PROJECT),
    DEPARTMENT_OVERALL("部门整体支出", FrameworkObjectKind.DEPARTMENT_OVERALL);

    private final String label;
    private final FrameworkObjectKind frameworkKind;

    EvaluationObjectKind(String label, FrameworkObjectKind frameworkKind) {
        this.label = label;
        this.frameworkKind = frameworkKind;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind of framework that evaluates it. */
    public FrameworkObjectKind frameworkKind() {
        return frameworkKind;
    }
}
