package cn.gov.daxiang.perf.adapter.persistence;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalCoverageRepository;
import cn.gov.daxiang.perf.application.port.out.GoalCoverageRepository.Grouping;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.annualreport.GoalCoverageSection;
import cn.gov.daxiang.perf.domain.annualreport.ReportPrecision;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.CoverageProject;
import cn.gov.daxiang.perf.domain.goal.CoverageUnit;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalCoverage;
import cn.gov.daxiang.perf.domain.goal.GoalCoverageReport;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Goal coverage counted in SQL gives exactly what the domain computes record by record from the same records (a small
 * district of a year of its own, 2037, with every case of the rule), and costs the same few statements whatever the
 * number of projects and units.
 */
@QuarkusTest
@TestTransaction
class GoalCoveragePersistenceTest {

    private static final FiscalYear YEAR = FiscalYear.of(2037);
    private static final FiscalYear EARLIER = FiscalYear.of(2036);
    private static final UnitCode DEPARTMENT = UnitCode.of("737000");
    private static final UnitCode U1 = UnitCode.of("737001");
    private static final UnitCode U2 = UnitCode.of("737002");
    private static final UnitCode INACTIVE = UnitCode.of("737003");
    private static final UnitCode ALONE = UnitCode.of("738001");
    private static final Instant T = Instant.parse("2037-03-01T08:00:00Z");

    @Inject
    GoalCoverageRepository coverage;
    @Inject
    GoalRepository goals;
    @Inject
    BudgetUnitRepository units;
    @Inject
    ProjectRepository projects;
    @Inject
    EntityManager em;
    @Inject
    SessionFactory sessionFactory;

    private final List<BudgetUnit> unitRecords = new ArrayList<>();
    private final List<Project> projectRecords = new ArrayList<>();
    private final List<ApprovedGoalSubject> approved = new ArrayList<>();

    private static ProjectCode p(int n) {
        return ProjectCode.of(String.format("43050337T%012d", n));
    }

    private void unit(UnitCode code, UnitCode department, boolean active) {
        BudgetUnit unit = BudgetUnit.of(code, "覆盖测试单位" + code, department, active);
        units.save(unit);
        unitRecords.add(unit);
    }

    private void project(int n, UnitCode unit, boolean transfer, String funds) {
        Project project = Project.of(p(n), "覆盖测试项目" + n, unit, YEAR, ProjectCategory.SPECIFIC_PURPOSE,
                transfer ? List.of(ProjectKind.TRANSFER_PAYMENT, ProjectKind.SPECIAL_BOND) : List.of(ProjectKind.SPECIAL_BOND),
                ProjectFunds.of(Money.of(funds), Money.ZERO, Money.ZERO));
        projects.save(project);
        projectRecords.add(project);
    }

    /** A goal taken to approval, or left submitted (covering nothing). */
    private void goal(GoalKind kind, FiscalYear year, UnitCode unit, ProjectCode project, boolean approve) {
        GoalContent content = new GoalContent("完成覆盖测试年度任务。", null, kind == GoalKind.DEPARTMENT_OVERALL ? "履行部门职责。" : null,
                GoalPersistenceTest.goodContent().indicators());
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), kind, year, unit, project,
                kind == GoalKind.TRANSFER_PAYMENT ? new UpperLevelGoalReference(IssuingLevel.PROVINCE, "湘财预〔2024〕1号", "完成上级下达的年度任务", null) : null,
                content, IndicatorTaxonomy.standard(), "op", T);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op", T);
        if (approve) {
            goal.passDepartmentReview(null, "dept", T);
            goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "fin", T);
            goal.approve("fin", T);
            ApprovedGoalSubject.of(goal).ifPresent(approved::add);
        }
        goals.add(goal);
    }

    /** Every case of the rule: see {@code GoalCoverageTest}, plus an inactive unit and a goal still under review. */
    private void givenDistrict() {
        unit(DEPARTMENT, null, true);
        unit(U1, DEPARTMENT, true);
        unit(U2, DEPARTMENT, true);
        unit(INACTIVE, DEPARTMENT, false);
        unit(ALONE, null, true);
        project(1, U1, false, "1000000.00");
        project(2, U1, false, "500000.00");
        project(3, U2, false, "250000.50");
        project(4, U2, true, "2000000.00");
        project(5, ALONE, true, "800000.00");
        project(6, ALONE, false, "300000.00");
        project(7, INACTIVE, false, "100000.00");
        goal(GoalKind.PROJECT, YEAR, U1, p(1), true);
        goal(GoalKind.PROJECT, YEAR, U1, p(2), false);
        goal(GoalKind.TRANSFER_PAYMENT, YEAR, U2, p(3), true);
        goal(GoalKind.TRANSFER_PAYMENT, YEAR, U2, p(4), true);
        goal(GoalKind.PROJECT, YEAR, ALONE, p(5), true);
        goal(GoalKind.PROJECT, EARLIER, ALONE, p(6), true);
        goal(GoalKind.DEPARTMENT_OVERALL, YEAR, DEPARTMENT, null, true);
        goal(GoalKind.DEPARTMENT_OVERALL, YEAR, U1, null, true);
        goal(GoalKind.DEPARTMENT_OVERALL, EARLIER, ALONE, null, true);
        goal(GoalKind.DEPARTMENT_OVERALL, YEAR, U2, null, false);
        em.flush();
        em.clear();
    }

    /** The records as the domain takes them one by one, in code order, within a scope. */
    private List<CoverageProject> projectsIn(DataScope scope) {
        return projectRecords.stream().filter(p -> scope.includes(p.getUnitCode())).sorted(Comparator.comparing(p -> p.getCode().value()))
                .map(CoverageProject::of).toList();
    }

    private List<CoverageUnit> unitsIn(DataScope scope) {
        return unitRecords.stream().filter(u -> u.isActive() && scope.includes(u.getCode())).sorted(Comparator.comparing(u -> u.getCode().value()))
                .map(u -> new CoverageUnit(u.getCode(), projectRecords.stream().filter(p -> p.getUnitCode().equals(u.getCode()))
                        .map(p -> p.getFunds().total()).reduce(Money.ZERO, Money::plus)))
                .toList();
    }

    private GoalCoverageReport recordByRecord(DataScope scope) {
        return new GoalCoverage().calculate(YEAR, projectsIn(scope), unitsIn(scope), approved);
    }

    @Test
    void theDistrictsCoverageCountedInSqlIsTheDomainsRecordByRecord() {
        givenDistrict();

        GoalCoverageRepository.Counted counted = coverage.count(YEAR, DataScope.all(), Grouping.SCOPE);
        GoalCoverageReport report = new GoalCoverage().calculate(YEAR, counted.tallies());

        assertThat(report).isEqualTo(recordByRecord(DataScope.all()));
        assertThat(report.projects().covered()).isEqualTo(2);
        assertThat(report.projects().missing()).extracting(g -> g.projectCode()).containsExactly(p(2), p(6), p(7));
        assertThat(report.transferPayments().missing()).extracting(g -> g.projectCode()).containsExactly(p(5));
        assertThat(report.departments().missing()).extracting(g -> g.unitCode()).containsExactly(U2, ALONE);
        assertThat(counted.projectNames()).containsEntry(p(7), "覆盖测试项目7").hasSize(4);
        // the names of the active units the gaps name; the inactive unit's project has none
        assertThat(counted.unitNames()).containsOnlyKeys(U1, U2, ALONE);
    }

    @Test
    void aScopeCountsOnlyItsUnitsProjectsAndUnits() {
        givenDistrict();
        DataScope scope = DataScope.of(Set.of(U1, U2));

        GoalCoverageRepository.Counted counted = coverage.count(YEAR, scope, Grouping.SCOPE);

        assertThat(new GoalCoverage().calculate(YEAR, counted.tallies())).isEqualTo(recordByRecord(scope));
        assertThat(coverage.count(YEAR, DataScope.none(), Grouping.SCOPE).tallies().projects()).isEmpty();
    }

    @Test
    void perUnitTalliesGiveTheAnnualReportsDepartmentLinesOfTheRecords() {
        givenDistrict();

        GoalCoverageRepository.Counted counted = coverage.count(YEAR, DataScope.all(), Grouping.UNIT);

        Map<UnitCode, UnitCode> departmentOf = new HashMap<>();
        Map<UnitCode, String> names = new HashMap<>();
        unitRecords.stream().filter(BudgetUnit::isActive).forEach(u -> {
            departmentOf.put(u.getCode(), u.getSupervisingDepartment().orElse(u.getCode()));
            names.put(u.getCode(), u.getName());
        });
        assertThat(counted.departmentOf()).isEqualTo(departmentOf);
        assertThat(counted.unitNames()).isEqualTo(names);
        GoalCoverageSection section = GoalCoverageSection.of(YEAR, counted.tallies(), counted.departmentOf(), counted.unitNames(),
                ReportPrecision.DISTRICT_DEFAULT);
        assertThat(section).isEqualTo(GoalCoverageSection.of(YEAR, projectsIn(DataScope.all()), unitsIn(DataScope.all()), approved,
                departmentOf, names, ReportPrecision.DISTRICT_DEFAULT));
        assertThat(section.byDepartment()).extracting(GoalCoverageSection.DepartmentCoverage::department)
                .containsExactly(DEPARTMENT, INACTIVE, ALONE);
    }

    @Test
    void theCoverageCostsTheSameFewStatementsWhateverTheNumberOfProjectsAndUnits() {
        givenDistrict();
        long scopeSmall = statementsOf(Grouping.SCOPE);
        long unitSmall = statementsOf(Grouping.UNIT);
        for (int u = 0; u < 5; u++) {
            unit(UnitCode.of("73900" + u), DEPARTMENT, true);
        }
        for (int n = 100; n < 160; n++) {
            project(n, UnitCode.of("73900" + n % 5), n % 3 == 0, "1000.00");
            if (n % 2 == 0) {
                goal(GoalKind.PROJECT, YEAR, UnitCode.of("73900" + n % 5), p(n), true);
            }
        }
        em.flush();
        em.clear();

        assertThat(scopeSmall).isEqualTo(4);
        assertThat(unitSmall).isEqualTo(3);
        assertThat(statementsOf(Grouping.SCOPE)).isEqualTo(scopeSmall);
        assertThat(statementsOf(Grouping.UNIT)).isEqualTo(unitSmall);
        assertThat(new GoalCoverage().calculate(YEAR, coverage.count(YEAR, DataScope.all(), Grouping.SCOPE).tallies()))
                .isEqualTo(recordByRecord(DataScope.all()));
    }

    private long statementsOf(Grouping grouping) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        coverage.count(YEAR, DataScope.all(), grouping);
        return statistics.getPrepareStatementCount();
    }
}
