package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.CoverageFigures;
import cn.gov.daxiang.perf.domain.goal.CoverageProject;
import cn.gov.daxiang.perf.domain.goal.CoverageTallies;
import cn.gov.daxiang.perf.domain.goal.ProjectTally;
import cn.gov.daxiang.perf.domain.goal.UnitTally;
import cn.gov.daxiang.perf.domain.goal.CoverageUnit;
import cn.gov.daxiang.perf.domain.goal.GoalCoverage;
import cn.gov.daxiang.perf.domain.goal.GoalCoverageReport;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Percentages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Goal coverage (绩效目标全覆盖) of the goals set during the work year's budget formulation: projects, transfer payments
 * and departments' overall spending with an approved goal, with amounts, for the district and per supervising department
 * (a department with its subordinate units). Computed by {@link GoalCoverage}, the same rule as {@code /goal-coverage}.
 */
public record GoalCoverageSection(FiscalYear goalYear, GoalCoverageReport district, List<DepartmentCoverage> byDepartment,
                                  ReportPrecision precision) implements AnnualReportSection {

    public static final String KEY = "goalCoverage";

    /** One supervising department's coverage (its own subjects and its subordinate units'). */
    public record DepartmentCoverage(UnitCode department, String name, GoalCoverageReport coverage) {

        public DepartmentCoverage {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(coverage, "coverage");
        }

        /** Subjects of every category together. */
        public int total() {
            return coverage.categories().stream().mapToInt(CoverageFigures::total).sum();
        }

        public int covered() {
            return coverage.categories().stream().mapToInt(CoverageFigures::covered).sum();
        }

        /** Covered share of every subject, by count, in percent; empty when the department has nothing to cover. */
        public Optional<BigDecimal> shareByCount() {
            return Percentages.share(covered(), total());
        }
    }

    public GoalCoverageSection {
        Objects.requireNonNull(goalYear, "goalYear");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(precision, "precision");
        byDepartment = List.copyOf(byDepartment);
    }

    /**
     * @param departmentOf the supervising department of each unit (a department maps to itself); units missing here
     *                     count as their own department
     * @param names        the units' names (for the per-department lines)
     */
    public static GoalCoverageSection of(FiscalYear goalYear, Collection<CoverageProject> projects, Collection<CoverageUnit> units,
                                         Collection<ApprovedGoalSubject> goals, Map<UnitCode, UnitCode> departmentOf,
                                         Map<UnitCode, String> names, ReportPrecision precision) {
        return of(goalYear, GoalCoverage.tally(goalYear, projects, units, goals), departmentOf, names, precision);
    }

    /**
     * @param tallies      per unit (every tally names its unit), so that they can be put together per department
     * @param departmentOf the supervising department of each unit (a department maps to itself); units missing here
     *                     count as their own department
     * @param names        the units' names (for the per-department lines)
     */
    public static GoalCoverageSection of(FiscalYear goalYear, CoverageTallies tallies, Map<UnitCode, UnitCode> departmentOf,
                                         Map<UnitCode, String> names, ReportPrecision precision) {
        GoalCoverage coverage = new GoalCoverage();
        GoalCoverageReport district = coverage.calculate(goalYear, tallies);
        Map<UnitCode, Department> departments = new TreeMap<>(java.util.Comparator.comparing(UnitCode::value));
        java.util.function.Function<UnitCode, Department> of = unit ->
                departments.computeIfAbsent(departmentOf.getOrDefault(unit, unit), d -> new Department());
        tallies.projects().forEach(t -> of.apply(Objects.requireNonNull(t.unitCode(), "a tally per unit")).projects.add(t));
        tallies.units().forEach(t -> of.apply(Objects.requireNonNull(t.unitCode(), "a tally per unit")).units.add(t));
        tallies.uncoveredProjects().forEach(p -> of.apply(p.unitCode()).uncoveredProjects.add(p));
        tallies.uncoveredUnits().forEach(u -> of.apply(u.code()).uncoveredUnits.add(u));
        List<DepartmentCoverage> lines = new ArrayList<>();
        departments.forEach((department, d) -> lines.add(new DepartmentCoverage(department,
                names.getOrDefault(department, department.value()), coverage.calculate(goalYear,
                new CoverageTallies(d.projects, d.units, d.uncoveredProjects, d.uncoveredUnits)))));
        return new GoalCoverageSection(goalYear, district, lines, precision);
    }

    /** One department's share of the tallies, gathered. */
    private static final class Department {
        final List<ProjectTally> projects = new ArrayList<>();
        final List<UnitTally> units = new ArrayList<>();
        final List<CoverageProject> uncoveredProjects = new ArrayList<>();
        final List<CoverageUnit> uncoveredUnits = new ArrayList<>();
    }

    public ReportAmount amount(CoverageFigures figures) {
        return precision.amount(ReportFigure.GOAL_COVERAGE_AMOUNT, figures.totalAmount());
    }

    public ReportAmount coveredAmount(CoverageFigures figures) {
        return precision.amount(ReportFigure.GOAL_COVERAGE_AMOUNT, figures.coveredAmount());
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(ReportLanguage language) {
        return language == ReportLanguage.CHINESE ? "绩效目标覆盖" : "Goal coverage";
    }

    @Override
    public List<String> paragraphs(ReportLanguage language) {
        CoverageFigures p = district.projects();
        CoverageFigures t = district.transferPayments();
        CoverageFigures d = district.departments();
        if (p.total() + t.total() + d.total() == 0) {
            return List.of();
        }
        boolean complete = p.missingCount() + t.missingCount() + d.missingCount() == 0;
        if (language == ReportLanguage.CHINESE) {
            return List.of(goalYear + "年度预算编制同步设定绩效目标：项目" + p.covered() + "个（共" + p.total() + "个，涉及资金"
                    + coveredAmount(p).text() + "万元），上级转移支付" + t.covered() + "个（共" + t.total() + "个，涉及资金"
                    + coveredAmount(t).text() + "万元），部门整体" + d.covered() + "个（共" + d.total() + "个预算单位）"
                    + (complete ? "，实现绩效目标管理全覆盖。" : "，尚有" + (p.missingCount() + t.missingCount() + d.missingCount())
                    + "项未设定经批复的绩效目标。"));
        }
        return List.of("Goals set with the " + goalYear + " budget: " + p.covered() + " of " + p.total() + " projects ("
                + coveredAmount(p).text() + " 万元), " + t.covered() + " of " + t.total() + " transfer payments ("
                + coveredAmount(t).text() + " 万元), " + d.covered() + " of " + d.total() + " units' overall spending"
                + (complete ? "; full coverage." : "; " + (p.missingCount() + t.missingCount() + d.missingCount())
                + " still without an approved goal."));
    }
}
