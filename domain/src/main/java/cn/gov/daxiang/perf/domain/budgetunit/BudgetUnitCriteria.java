package cn.gov.daxiang.perf.domain.budgetunit;

import java.util.Optional;

/**
 * Which budget units a list should hold. Every criterion is optional; an absent one matches all.
 *
 * @param supervisingDepartment only the subordinate units of this department
 * @param active                only active (true) or inactive (false) units
 * @param nameContains          only units whose name contains this text
 */
public record BudgetUnitCriteria(UnitCode supervisingDepartment, Boolean active, String nameContains) {

    public BudgetUnitCriteria {
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    }

    public static BudgetUnitCriteria any() {
        return new BudgetUnitCriteria(null, null, null);
    }

    public Optional<UnitCode> supervisingDepartmentFilter() {
        return Optional.ofNullable(supervisingDepartment);
    }

    public Optional<Boolean> activeFilter() {
        return Optional.ofNullable(active);
    }

    public Optional<String> nameFilter() {
        return Optional.ofNullable(nameContains);
    }
}
