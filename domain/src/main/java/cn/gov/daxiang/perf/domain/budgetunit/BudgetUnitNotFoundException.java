package cn.gov.daxiang.perf.domain.budgetunit;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

public class BudgetUnitNotFoundException extends NotFoundException {

    public BudgetUnitNotFoundException(UnitCode code) {
        super("BUDGET_UNIT_NOT_FOUND", Map.of("unitCode", code.value()));
    }
}
