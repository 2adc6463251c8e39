package cn.gov.daxiang.perf.adapter.rest.budgetunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param department whether the unit is itself a supervising department (主管部门)
 */
@Schema(name = "BudgetUnit", requiredProperties = {"unitCode", "name", "department", "active"})
public record BudgetUnitResponse(String unitCode, String name, String supervisingDepartmentCode, boolean department,
                                 boolean active) {
}
