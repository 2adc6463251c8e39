package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** What a framework evaluates: project spending (a project or a special fund), or a department's overall spending. */
public enum FrameworkObjectKind implements Labelled {
    /** 项目支出: a project or a special fund (专项资金). */
    PROJECT("项目支出"),
    /** 部门整体支出. */
    DEPARTMENT_OVERALL("部门整体支出");

    private final String label;

    FrameworkObjectKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
