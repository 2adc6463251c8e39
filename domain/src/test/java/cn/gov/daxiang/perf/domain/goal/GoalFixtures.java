package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Goals of the district's 2024 old residential areas renovation (老旧小区改造), good and poor, and
 * helpers that drive a goal into any state the way the real actors would.
 */
public final class GoalFixtures {

    public static final FiscalYear YEAR = FiscalYear.of(2024);
    public static final UnitCode HOUSING_BUREAU = UnitCode.of("108001");
    public static final ProjectCode OLD_AREAS = ProjectCode.of("43050324T000000000101");
    public static final Money FUNDS = Money.of("3500000.00");
    public static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.standard();
    public static final GoalQualityChecks CHECKS = GoalQualityChecks.standard();
    public static final QualityCheckContext CONTEXT = QualityCheckContext.withProjectFunds(FUNDS);
    public static final Instant T0 = Instant.parse("2024-01-08T02:00:00Z");

    public static final String UNIT_OPERATOR = "unit-operator-108001";
    public static final String DEPT_REVIEWER = "dept-reviewer-108000";
    public static final String FINANCE_REVIEWER = "finance-reviewer-01";

    public static final IndicatorId QUANTITY = id(1);
    public static final IndicatorId QUALITY = id(2);
    public static final IndicatorId TIMELINESS = id(3);
    public static final IndicatorId COST = id(4);
    public static final IndicatorId SOCIAL = id(5);
    public static final IndicatorId SUSTAINABLE = id(6);
    public static final IndicatorId SATISFACTION = id(7);

    private GoalFixtures() {
    }

    /** A stable indicator id, so that tests can name the indicator a finding or reason is about. */
    public static IndicatorId id(int n) {
        return new IndicatorId(new UUID(0L, n));
    }

    public static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    public static Indicator quantitative(IndicatorId id, String level1, String level2, String name, Comparator comparator,
                                         String target, String unit) {
        return Indicator.quantitative(id, level1, level2, name, comparator, new BigDecimal(target), unit);
    }

    /** Every group present, every target complete and measurable, no weights, cost within the funds. */
    public static List<Indicator> goodIndicators() {
        return List.of(
                quantitative(QUANTITY, "OUTPUT", "QUANTITY", "改造老旧小区数", Comparator.AT_LEAST, "12", "个"),
                quantitative(QUALITY, "OUTPUT", "QUALITY", "工程验收合格率", Comparator.EQUAL, "100", "%"),
                quantitative(TIMELINESS, "OUTPUT", "TIMELINESS", "年底前完工率", Comparator.AT_LEAST, "95", "%"),
                quantitative(COST, "OUTPUT", "COST", "改造工程总成本", Comparator.AT_MOST, "350", "万元"),
                quantitative(SOCIAL, "BENEFIT", "SOCIAL", "受益居民户数", Comparator.AT_LEAST, "1500", "户"),
                Indicator.qualitative(SUSTAINABLE, "BENEFIT", "SUSTAINABLE", "小区长效管理机制",
                        "优：成立业委会并引入物业服务；良：成立业委会；中：有管理制度；差：无"),
                quantitative(SATISFACTION, "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", Comparator.AT_LEAST, "90", "%"));
    }

    public static GoalContent goodContent() {
        return new GoalContent("完成12个老旧小区改造，惠及居民1500户，改善居住环境。",
                "到2025年基本完成2000年底前建成的城镇老旧小区改造任务。", null, goodIndicators());
    }

    public static GoalContent contentWith(List<Indicator> indicators) {
        return new GoalContent("完成12个老旧小区改造，惠及居民1500户。", null, null, indicators);
    }

    public static PerformanceGoal draftProjectGoal() {
        return draftProjectGoal(goodContent());
    }

    public static PerformanceGoal draftProjectGoal(GoalContent content) {
        return PerformanceGoal.create(new GoalId(new UUID(1L, 1L)), GoalKind.PROJECT, YEAR, HOUSING_BUREAU, OLD_AREAS,
                null, content, TAXONOMY, UNIT_OPERATOR, T0);
    }

    public static void submit(PerformanceGoal goal) {
        goal.submit(CHECKS, CONTEXT, UNIT_OPERATOR, at(10));
    }

    public static void passDepartment(PerformanceGoal goal) {
        goal.passDepartmentReview(null, DEPT_REVIEWER, at(20));
    }

    public static void passFinance(PerformanceGoal goal) {
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), FINANCE_REVIEWER, at(30));
    }

    /** A goal whose current version has been driven to the given status along the usual path. */
    public static PerformanceGoal goalIn(GoalStatus status) {
        PerformanceGoal goal = draftProjectGoal();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> submit(goal);
            case DEPT_REVIEWED -> { submit(goal); passDepartment(goal); }
            case FINANCE_REVIEWED -> { submit(goal); passDepartment(goal); passFinance(goal); }
            case RETURNED -> { submit(goal); goal.returnForRevision(List.of(ReturnReason.forGoal("指标不够细化")), DEPT_REVIEWER, at(20)); }
            case REJECTED -> { submit(goal); passDepartment(goal);
                goal.reviewByFinance(AuditGrade.POOR, null, List.of(ReturnReason.forGoal("目标与项目无关")), FINANCE_REVIEWER, at(30)); }
            case APPROVED -> approved(goal);
            case PUBLISHED -> { approved(goal); goal.publish(FINANCE_REVIEWER, at(50)); }
        }
        return goal;
    }

    private static void approved(PerformanceGoal goal) {
        submit(goal);
        passDepartment(goal);
        passFinance(goal);
        goal.approve(FINANCE_REVIEWER, at(40));
    }
}
