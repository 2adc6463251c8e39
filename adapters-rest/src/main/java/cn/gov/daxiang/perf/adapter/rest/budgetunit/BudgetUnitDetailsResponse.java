package cn.gov.daxiang.perf.adapter.rest.budgetunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BudgetUnitDetails", requiredProperties = {"unitCode", "name", "department", "active", "subordinateUnits"})
public record BudgetUnitDetailsResponse(String unitCode, String name, String supervisingDepartmentCode,
                                        boolean department, boolean active, List<BudgetUnitResponse> subordinateUnits) {
}
