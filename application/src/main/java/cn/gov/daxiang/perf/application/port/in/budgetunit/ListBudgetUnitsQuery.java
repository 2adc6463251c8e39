package cn.gov.daxiang.perf.application.port.in.budgetunit;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** Lists the budget units the actor may see, by department, activity and name, ordered by unit code. */
public interface ListBudgetUnitsQuery {

    Page<BudgetUnit> listBudgetUnits(Actor actor, BudgetUnitCriteria criteria, Paging page);
}
