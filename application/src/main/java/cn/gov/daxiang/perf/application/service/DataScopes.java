package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Applies the domain's access policy with the unit hierarchy at hand. */
@ApplicationScoped
public class DataScopes {

    private final BudgetUnitRepository units;

    @Inject
    public DataScopes(BudgetUnitRepository units) {
        this.units = units;
    }

    public DataScope readScope(Actor actor) {
        return AccessPolicy.readScope(actor, department -> units.findSubordinates(department).stream().map(BudgetUnit::getCode).toList());
    }
}
