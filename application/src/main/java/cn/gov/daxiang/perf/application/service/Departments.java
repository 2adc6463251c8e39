package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The unit hierarchy the review rules need: who supervises a unit. */
@ApplicationScoped
public class Departments {

    private final BudgetUnitRepository units;

    @Inject
    public Departments(BudgetUnitRepository units) {
        this.units = units;
    }

    /** The department that supervises the unit, or null when the unit is itself a department (or unknown). */
    public UnitCode departmentOf(UnitCode unit) {
        return units.findByCode(unit).flatMap(BudgetUnit::getSupervisingDepartment).orElse(null);
    }
}
