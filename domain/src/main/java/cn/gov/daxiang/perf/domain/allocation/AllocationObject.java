package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Objects;

/**
 * What a decision is about: one evaluated project (code and name as evaluated) or a unit's overall spending
 * (部门整体, no project). {@link #key()} identifies it among a budget year's decisions.
 */
public record AllocationObject(AllocationObjectKind kind, UnitCode unitCode, ProjectCode projectCode, String name) {

    public AllocationObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitCode, "unitCode");
        if ((kind == AllocationObjectKind.PROJECT) != (projectCode != null)) {
            throw new IllegalArgumentException(kind + " with project " + projectCode);
        }
    }

    public static AllocationObject project(UnitCode unit, ProjectCode project, String name) {
        return new AllocationObject(AllocationObjectKind.PROJECT, unit, project, name);
    }

    public static AllocationObject department(UnitCode unit, String name) {
        return new AllocationObject(AllocationObjectKind.DEPARTMENT_OVERALL, unit, null, name);
    }

    /** "PROJECT:code" or "DEPARTMENT_OVERALL:unit". */
    public String key() {
        return kind.name() + ":" + (projectCode == null ? unitCode.value() : projectCode.value());
    }
}
