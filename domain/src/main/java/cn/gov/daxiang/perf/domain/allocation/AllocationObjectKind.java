package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** A decision is about a project or about a unit's overall spending (部门整体). */
public enum AllocationObjectKind implements Labelled {
    PROJECT("项目"),
    DEPARTMENT_OVERALL("部门整体");

    private final String label;

    AllocationObjectKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
