package cn.gov.daxiang.perf.application.port.in.budgetunit;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

/** Finds one budget unit with the units it supervises that the actor may see. */
public interface FindBudgetUnitQuery {

    /** @throws BudgetUnitNotFoundException when no unit has the code, or the actor may not see it */
    BudgetUnitDetails findBudgetUnit(Actor actor, UnitCode code);
}
