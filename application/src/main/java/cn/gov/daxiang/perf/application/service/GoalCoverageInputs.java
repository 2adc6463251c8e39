package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.CoverageProject;
import cn.gov.daxiang.perf.domain.goal.CoverageUnit;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the goal coverage of a year is computed from, within a scope: the year's projects, the active units (each with
 * its projects' funds as the amount its overall goal covers) and the subjects of approved goals. Shared by the goal
 * coverage query and the annual report, so both count the same things.
 */
record GoalCoverageInputs(List<CoverageProject> projects, List<CoverageUnit> units, List<BudgetUnit> activeUnits,
                          List<ApprovedGoalSubject> approvedGoals, Map<ProjectCode, String> projectNames) {

    static GoalCoverageInputs gather(ProjectRepository projects, BudgetUnitRepository units, GoalRepository goals,
                                     DataScope scope, FiscalYear year) {
        List<Project> yearProjects = all(paging -> projects.find(new ProjectCriteria(year, null, null, null), scope, paging));
        Map<UnitCode, Money> unitAmounts = new HashMap<>();
        yearProjects.forEach(p -> unitAmounts.merge(p.getUnitCode(), p.getFunds().total(), Money::plus));
        List<BudgetUnit> active = all(paging -> units.find(new BudgetUnitCriteria(null, true, null), scope, paging));
        List<CoverageUnit> coverageUnits = active.stream().map(BudgetUnit::getCode)
                .map(code -> new CoverageUnit(code, unitAmounts.getOrDefault(code, Money.ZERO)))
                .toList();
        Map<ProjectCode, String> projectNames = new HashMap<>();
        yearProjects.forEach(p -> projectNames.put(p.getCode(), p.getName()));
        return new GoalCoverageInputs(yearProjects.stream().map(CoverageProject::of).toList(), coverageUnits, active,
                goals.approvedSubjects(year), projectNames);
    }

    /** Every page of a list (the coverage needs the whole year), page by page at the largest size. */
    static <T> List<T> all(Function<Paging, Page<T>> query) {
        List<T> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<T> slice = query.apply(new Paging(page, Paging.MAX_SIZE));
            all.addAll(slice.items());
            if ((long) page * Paging.MAX_SIZE >= slice.total()) {
                return all;
            }
        }
    }
}
