package cn.gov.daxiang.perf.application.port.in.budgetunit;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;

import java.util.List;

/** A budget unit and, for a supervising department, its subordinate units ordered by code. */
public record BudgetUnitDetails(BudgetUnit unit, List<BudgetUnit> subordinateUnits) {

    public BudgetUnitDetails {
        subordinateUnits = List.copyOf(subordinateUnits);
    }
}
