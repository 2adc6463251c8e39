package cn.gov.daxiang.perf.domain.allocation;

/** A decision is about a project or about a unit's overall spending (部门整体). */
public enum AllocationObjectKind {
    PROJECT,
    DEPARTMENT_OVERALL
}
