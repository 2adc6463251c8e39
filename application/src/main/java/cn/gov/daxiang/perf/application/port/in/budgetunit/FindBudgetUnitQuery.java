package cn.gov.daxiang.perf.application.port.in.budgetunit;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

/** Finds one budget unit with the units it supervises. */
public interface FindBudgetUnitQuery {

    /** @throws BudgetUnitNotFoundException when no unit has the code */
    BudgetUnitDetails findBudgetUnit(UnitCode code);
}
