package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.budgetunit.BudgetUnitDetails;
import cn.gov.daxiang.perf.application.port.in.budgetunit.FindBudgetUnitQuery;
import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
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

    @Inject
    public BudgetUnitQueryService(BudgetUnitRepository units) {
        this.units = units;
    }

    @Override
    public Page<BudgetUnit> listBudgetUnits(BudgetUnitCriteria criteria, Paging page) {
        return units.find(criteria, page);
    }

    @Override
    public BudgetUnitDetails findBudgetUnit(UnitCode code) {
        BudgetUnit unit = units.findByCode(code).orElseThrow(() -> new BudgetUnitNotFoundException(code));
        List<BudgetUnit> subordinates = unit.isDepartment() ? units.findSubordinates(code) : List.of();
        return new BudgetUnitDetails(unit, subordinates);
    }
}
