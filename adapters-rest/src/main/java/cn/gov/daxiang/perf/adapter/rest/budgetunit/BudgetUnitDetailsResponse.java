package cn.gov.daxiang.perf.adapter.rest.budgetunit;

import java.util.List;

public record BudgetUnitDetailsResponse(String unitCode, String name, String supervisingDepartmentCode,
                                        boolean department, boolean active, List<BudgetUnitResponse> subordinateUnits) {
}
