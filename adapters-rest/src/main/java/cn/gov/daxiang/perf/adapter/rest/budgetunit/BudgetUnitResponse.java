package cn.gov.daxiang.perf.adapter.rest.budgetunit;

/**
 * @param department whether the unit is itself a supervising department (主管部门)
 */
public record BudgetUnitResponse(String unitCode, String name, String supervisingDepartmentCode, boolean department,
                                 boolean active) {
}
