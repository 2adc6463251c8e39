package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.budgetunit.BudgetUnitDetails;
import cn.gov.daxiang.perf.application.port.in.budgetunit.FindBudgetUnitQuery;
import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
@Transactional
public class BudgetUnitQueryService implements ListBudgetUnitsQuery, FindBudgetUnitQuery {

    private final BudgetUnitRepository units;
    private final DataScopes scopes;

    @Inject
    public BudgetUnitQueryService(BudgetUnitRepository units, DataScopes scopes) {
        this.units = units;
        this.scopes = scopes;
    }

    @Override
    public Page<BudgetUnit> listBudgetUnits(Actor actor, BudgetUnitCriteria criteria, Paging page) {
        return units.find(criteria, scopes.readScope(actor), page);
    }

    @Override
    public BudgetUnitDetails findBudgetUnit(Actor actor, UnitCode code) {
        DataScope scope = scopes.readScope(actor);
        BudgetUnit unit = units.findByCode(code).filter(u -> scope.includes(u.getCode()))
                .orElseThrow(() -> new BudgetUnitNotFoundException(code));
        List<BudgetUnit> subordinates = unit.isDepartment()
                ? units.findSubordinates(code).stream().filter(u -> scope.includes(u.getCode())).toList()
                : List.of();
        return new BudgetUnitDetails(unit, subordinates);
    }
}
