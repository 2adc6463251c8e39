package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The data the contract suites store, the same for every implementation. Unit and project codes are the suites' own
 * (7xx), so a database that holds other rows answers the same as an empty fake.
 */
public final class ContractFixtures {

    public static final FiscalYear YEAR = FiscalYear.of(2024);
    public static final Instant T = Instant.parse("2024-03-01T08:00:00Z");
    public static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.standard();

    /** A department (no supervisor), two units it supervises, a stranger under another department. */
    public static final UnitCode DEPARTMENT = UnitCode.of("771000");
    public static final UnitCode UNIT = UnitCode.of("771001");
    public static final UnitCode SISTER = UnitCode.of("771002");
    public static final UnitCode OTHER_DEPARTMENT = UnitCode.of("772000");
    public static final UnitCode STRANGER = UnitCode.of("772001");

    private ContractFixtures() {
    }

    /** Stores the five units, departments first (a unit names its department). */
    public static void givenUnits(BudgetUnitRepository units) {
        units.save(BudgetUnit.of(DEPARTMENT, "契约测试主管部门", null, true));
        units.save(BudgetUnit.of(OTHER_DEPARTMENT, "契约测试另一部门", null, true));
        units.save(BudgetUnit.of(UNIT, "契约测试单位", DEPARTMENT, true));
        units.save(BudgetUnit.of(SISTER, "契约测试兄弟单位", DEPARTMENT, true));
        units.save(BudgetUnit.of(STRANGER, "契约测试无关单位", OTHER_DEPARTMENT, true));
    }

    /** A project code of the suites: 43050324T000000771 followed by three digits. */
    public static ProjectCode projectCode(int n) {
        return ProjectCode.of(String.format("43050324T000000771%03d", n));
    }

    public static Project project(ProjectRepository projects, int n, UnitCode unit, FiscalYear year, ProjectCategory category) {
        Project project = Project.of(projectCode(n), "契约测试项目" + n, unit, year, category, List.of(),
                ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO));
        projects.save(project);
        return project;
    }

    public static GoalContent content(GoalKind kind) {
        return new GoalContent("完成12个小区改造，惠及居民1500户。", null, kind == GoalKind.DEPARTMENT_OVERALL ? "单位职责" : null, List.of(
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", "改造小区数量", Comparator.AT_LEAST, new BigDecimal("12"), "个"),
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "COST", "单位改造成本", Comparator.AT_MOST, new BigDecimal("350.5"), "元/平方米"),
                Indicator.qualitative(IndicatorId.newId(), "BENEFIT", "SOCIAL", "居住环境改善", "明显改善"),
                Indicator.quantitative(IndicatorId.newId(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", Comparator.AT_LEAST,
                        new BigDecimal("90"), "%")));
    }

    /** A new goal (a draft) of the unit; {@code project} null for a unit goal. */
    public static PerformanceGoal draft(GoalKind kind, FiscalYear year, UnitCode unit, ProjectCode project) {
        return PerformanceGoal.create(GoalId.newId(), kind, year, unit, project, null, content(kind), TAXONOMY, "operator", T);
    }

    /** A new goal whose only version was driven to {@code status} along the usual path. */
    public static PerformanceGoal goalIn(GoalStatus status, GoalKind kind, FiscalYear year, UnitCode unit, ProjectCode project) {
        PerformanceGoal goal = draft(kind, year, unit, project);
        driveTo(goal, status);
        return goal;
    }

    /** Drives a draft to {@code status}. */
    public static void driveTo(PerformanceGoal goal, GoalStatus status) {
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> submit(goal);
            case DEPT_REVIEWED -> { submit(goal); goal.passDepartmentReview(null, "dept", T); }
            case FINANCE_REVIEWED -> { submit(goal); goal.passDepartmentReview(null, "dept", T); passFinance(goal); }
            case RETURNED -> { submit(goal); goal.returnForRevision(List.of(ReturnReason.forGoal("指标不够细化")), "dept", T); }
            case REJECTED -> { submit(goal); goal.passDepartmentReview(null, "dept", T);
                goal.reviewByFinance(AuditGrade.POOR, null, List.of(ReturnReason.forGoal("目标与项目无关")), "finance", T); }
            case APPROVED -> approve(goal);
            case PUBLISHED -> { approve(goal); goal.publish("finance", T); }
        }
    }

    private static void submit(PerformanceGoal goal) {
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "operator", T);
    }

    private static void passFinance(PerformanceGoal goal) {
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "finance", T);
    }

    private static void approve(PerformanceGoal goal) {
        submit(goal);
        goal.passDepartmentReview(null, "dept", T);
        passFinance(goal);
        goal.approve("finance", T);
    }
}
