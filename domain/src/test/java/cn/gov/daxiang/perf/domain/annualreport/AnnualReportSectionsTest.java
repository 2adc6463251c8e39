package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.CoverageProject;
import cn.gov.daxiang.perf.domain.goal.CoverageUnit;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationCategory;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnualReportSectionsTest {

    private static final FiscalYear Y2023 = FiscalYear.of(2023);
    private static final FiscalYear Y2024 = FiscalYear.of(2024);
    private static final ReportPrecision PRECISION = ReportPrecision.DISTRICT_DEFAULT;

    /** A 部门整体 (or project) self-evaluation of {@code unit}, submitted with {@code budget} as its adjusted budget; 100 points. */
    static List<EvaluatedIndicator> indicators() {
        return List.of(EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY", "履职任务完成数",
                        Comparator.AT_LEAST, new BigDecimal("10"), "项", null),
                EvaluatedIndicator.quantitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", "群众办事时限缩短",
                        Comparator.AT_LEAST, new BigDecimal("10"), "%", null),
                EvaluatedIndicator.quantitative(UUID.randomUUID(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "服务对象满意度",
                        Comparator.AT_LEAST, new BigDecimal("90"), "%", null));
    }

    /** A self-evaluation of {@code unit}, submitted with {@code budget} as its adjusted budget; every target met, 100 points. */
    static SelfEvaluation submitted(String unit, FiscalYear year, SelfEvaluationKind kind, String budget) {
        List<EvaluatedIndicator> indicators = indicators();
        SelfEvaluation e = SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()), GoalVersionReference.of(UUID.randomUUID(), 1),
                kind, UnitCode.of(unit), year, kind == SelfEvaluationKind.PROJECT ? ProjectCode.of("43050323R000000000001") : null,
                indicators, WeightTemplate.standard());
        e.recordExecution(BudgetExecution.of(Money.of(budget), Money.of(budget)));
        for (EvaluatedIndicator indicator : indicators) {
            e.recordAchievement(indicator.id(), Achievement.measured(indicator.target()));
        }
        e.submit(ActorId.of("unit"), Instant.parse("2024-10-01T00:00:00Z"), GradeScheme.national());
        return e;
    }

    static KeyEvaluationSummary reportSummary() {
        return new KeyEvaluationSummary(Y2024, 11, Money.of("443697000.00"),
                Map.of(SubjectKind.SPECIAL_BOND, new KeyEvaluationSummary.KindTotal(4, Money.of("300000000.00")),
                        SubjectKind.SOCIAL_SECURITY_FUND, new KeyEvaluationSummary.KindTotal(1, Money.of("60000000.00")),
                        SubjectKind.GOVERNMENT_PURCHASED_SERVICE, new KeyEvaluationSummary.KindTotal(1, Money.of("3697000.00")),
                        SubjectKind.DEPARTMENT_OVERALL, new KeyEvaluationSummary.KindTotal(5, Money.of("80000000.00"))),
                Map.of(Grade.EXCELLENT, 1, Grade.GOOD, 10),
                Map.of(EvaluationCategory.DEPARTMENT_OVERALL, new KeyEvaluationSummary.CategoryAverage(5, Score.of("88.37")),
                        EvaluationCategory.SPECIAL_FUND, new KeyEvaluationSummary.CategoryAverage(6, Score.of("86.47"))));
    }

    @Test
    void theWorkYearCountsTheGoalsAndKeyEvaluationsOfItsOwnYearAndTheSelfEvaluationsOfTheYearBefore() {
        WorkYear year = WorkYear.of(2024);
        assertThat(year.goalYear()).isEqualTo(Y2024);
        assertThat(year.keyEvaluationYear()).isEqualTo(Y2024);
        assertThat(year.selfEvaluationYear()).isEqualTo(Y2023);
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 1999, 2100})
    void aWorkYearWhoseYearsCannotExistIsRefused(int value) {
        assertThatThrownBy(() -> WorkYear.of(value)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ANNUAL_REPORT_WORK_YEAR_OUT_OF_RANGE");
    }

    @Test
    void selfEvaluationMoneyIsTheSumOfTheEvaluatedOverallSelfEvaluationsAdjustedBudgetsInWanYuanWithTwoDecimals() {
        List<SelfEvaluation> evaluations = List.of(
                submitted("105001", Y2023, SelfEvaluationKind.DEPARTMENT_OVERALL, "500000000.00"),
                submitted("105002", Y2023, SelfEvaluationKind.DEPARTMENT_OVERALL, "316482900.00"),
                submitted("105002", Y2023, SelfEvaluationKind.PROJECT, "1000000.00"),
                submitted("105003", Y2024, SelfEvaluationKind.DEPARTMENT_OVERALL, "9999999.00"));

        SelfEvaluationCoverageSection section = SelfEvaluationCoverageSection.of(Y2023,
                List.of(UnitCode.of("105001"), UnitCode.of("105002"), UnitCode.of("105004")), evaluations, PRECISION);

        assertThat(section.unitsInScope()).isEqualTo(3);
        assertThat(section.unitsEvaluated()).isEqualTo(2);
        assertThat(section.unitsCompleted()).isZero();
        assertThat(section.unitsNotEvaluated()).containsExactly(UnitCode.of("105004"));
        assertThat(section.money().exact()).isEqualTo(Money.of("816482900.00"));
        assertThat(section.money().wanYuan()).isEqualByComparingTo("81648.29");
        assertThat(section.money().decimals()).isEqualTo(2);
        assertThat(section.projectEvaluations()).isEqualTo(1);
        assertThat(section.projectMoney().exact()).isEqualTo(Money.of("1000000.00"));
        assertThat(section.shareByCount()).contains(new BigDecimal("66.67"));
        assertThat(section.paragraphs(ReportLanguage.CHINESE)).containsExactly(
                "对2个区本级预算单位2023年度部门整体支出开展绩效自评，涉及财政资金81648.29万元，已设定部门整体绩效目标的3个预算单位中尚有1个未完成自评。");
    }

    @Test
    void everyUnitInScopeEvaluatedReadsAsFullCoverageAsTheReportWritesIt() {
        SelfEvaluationCoverageSection section = SelfEvaluationCoverageSection.of(Y2023, List.of(UnitCode.of("105001")),
                List.of(submitted("105001", Y2023, SelfEvaluationKind.DEPARTMENT_OVERALL, "12345.67")), PRECISION);
        assertThat(section.paragraphs(ReportLanguage.CHINESE)).containsExactly(
                "对1个区本级预算单位2023年度部门整体支出开展绩效自评，涉及财政资金1.23万元，实现预算单位整体支出绩效自评全覆盖。");
        assertThat(section.paragraphs(ReportLanguage.ENGLISH).get(0)).contains("1.23 万元");
    }

    @Test
    void aDraftSelfEvaluationCountsNeitherItsUnitNorItsMoney() {
        SelfEvaluation draft = SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()), GoalVersionReference.of(UUID.randomUUID(), 1),
                SelfEvaluationKind.DEPARTMENT_OVERALL, UnitCode.of("105001"), Y2023, null,
                indicators(), WeightTemplate.standard());
        draft.recordExecution(BudgetExecution.of(Money.of("100.00"), Money.of("100.00")));
        SelfEvaluationCoverageSection section = SelfEvaluationCoverageSection.of(Y2023, List.of(UnitCode.of("105001")), List.of(draft), PRECISION);
        assertThat(section.unitsEvaluated()).isZero();
        assertThat(section.money().exact()).isEqualTo(Money.ZERO);
    }

    @Test
    void keyEvaluationsByKindStateTheTotalWithOneDecimalAndKeepTheExactYuan() {
        KeyEvaluationSection section = KeyEvaluationSection.of(reportSummary(), PRECISION);
        assertThat(section.count()).isEqualTo(11);
        assertThat(section.total().wanYuan()).isEqualByComparingTo("44369.7");
        assertThat(section.total().exact()).isEqualTo(Money.of("443697000.00"));
        assertThat(section.byKind()).extracting(KeyEvaluationSection.KindLine::kind).containsExactly(SubjectKind.SPECIAL_BOND,
                SubjectKind.SOCIAL_SECURITY_FUND, SubjectKind.GOVERNMENT_PURCHASED_SERVICE, SubjectKind.DEPARTMENT_OVERALL);
        assertThat(section.paragraphs(ReportLanguage.CHINESE)).containsExactly(
                "重点预算绩效评价项目11个（其中：专项债券项目4个，社保基金项目1个，政府购买服务项目1个，部门整体支出项目5个），金额共计44369.7万元。");
    }

    @Test
    void theGradeDistributionListsEveryGradeAndStatesOnlyThoseGiven() {
        GradeDistributionSection section = GradeDistributionSection.of(reportSummary(), Y2023,
                List.of(submitted("105001", Y2023, SelfEvaluationKind.DEPARTMENT_OVERALL, "1.00")));
        assertThat(section.keyEvaluations()).containsExactly(Map.entry(Grade.EXCELLENT, 1), Map.entry(Grade.GOOD, 10),
                Map.entry(Grade.MEDIUM, 0), Map.entry(Grade.WEAK, 0), Map.entry(Grade.POOR, 0));
        assertThat(section.selfEvaluations()).containsEntry(Grade.EXCELLENT, 1);
        assertThat(section.paragraphs(ReportLanguage.CHINESE)).containsExactly("重点评价的11个项目，绩效评价结果为1个项目优，10个项目良。");
    }

    @Test
    void averagesByCategoryReadAsTheReportStatesThem() {
        AverageScoreSection section = AverageScoreSection.of(reportSummary());
        assertThat(section.paragraphs(ReportLanguage.CHINESE)).containsExactly(
                "其中：5个部门整体支出绩效评价平均得分88.37分，6个专项资金绩效评价平均得分86.47分。");
        assertThat(section.paragraphs(ReportLanguage.ENGLISH).get(0)).contains("88.37").contains("86.47");
    }

    @Test
    void nothingToReportWritesNoParagraph() {
        KeyEvaluationSummary empty = KeyEvaluationSummary.of(Y2024, List.of());
        AnnualReport report = new AnnualReport(WorkYear.of(2024), List.of(KeyEvaluationSection.of(empty, PRECISION),
                GradeDistributionSection.of(empty, Y2023, List.of()), AverageScoreSection.of(empty),
                SelfEvaluationCoverageSection.of(Y2023, List.of(), List.of(), PRECISION),
                GoalCoverageSection.of(Y2024, List.of(), List.of(), List.of(), Map.of(), Map.of(), PRECISION)));
        assertThat(report.paragraphs(ReportLanguage.CHINESE)).isEmpty();
    }

    @Test
    void goalCoverageCountsTheDistrictAndEachDepartmentWithItsSubordinates() {
        UnitCode edu = UnitCode.of("105001");
        UnitCode kindergarten = UnitCode.of("105002");
        UnitCode health = UnitCode.of("106001");
        ProjectCode a = ProjectCode.of("43050324T000000000001");
        ProjectCode b = ProjectCode.of("43050324T000000000002");
        ProjectCode c = ProjectCode.of("43050324T000000000003");
        List<CoverageProject> projects = List.of(
                new CoverageProject(a, kindergarten, Set.of(), Money.of("1000000.00")),
                new CoverageProject(b, health, Set.of(ProjectKind.TRANSFER_PAYMENT), Money.of("2500000.00")),
                new CoverageProject(c, health, Set.of(), Money.of("100.00")));
        List<CoverageUnit> units = List.of(new CoverageUnit(edu, Money.ZERO), new CoverageUnit(kindergarten, Money.of("1000000.00")),
                new CoverageUnit(health, Money.of("2500100.00")));
        List<ApprovedGoalSubject> goals = List.of(
                new ApprovedGoalSubject(Y2024, GoalKind.PROJECT, kindergarten, a),
                new ApprovedGoalSubject(Y2024, GoalKind.TRANSFER_PAYMENT, health, b),
                new ApprovedGoalSubject(Y2024, GoalKind.DEPARTMENT_OVERALL, edu, null),
                new ApprovedGoalSubject(Y2024, GoalKind.DEPARTMENT_OVERALL, kindergarten, null),
                new ApprovedGoalSubject(Y2023, GoalKind.PROJECT, health, c));

        GoalCoverageSection section = GoalCoverageSection.of(Y2024, projects, units, goals,
                Map.of(edu, edu, kindergarten, edu, health, health), Map.of(edu, "教育局", health, "卫生健康局"), PRECISION);

        assertThat(section.district().projects().covered()).isEqualTo(1);
        assertThat(section.district().projects().total()).isEqualTo(2);
        assertThat(section.district().transferPayments().covered()).isEqualTo(1);
        assertThat(section.district().departments().covered()).isEqualTo(2);
        assertThat(section.coveredAmount(section.district().transferPayments()).wanYuan()).isEqualByComparingTo("250.00");
        assertThat(section.byDepartment()).extracting(GoalCoverageSection.DepartmentCoverage::name).containsExactly("教育局", "卫生健康局");
        GoalCoverageSection.DepartmentCoverage education = section.byDepartment().get(0);
        assertThat(education.total()).isEqualTo(3);
        assertThat(education.covered()).isEqualTo(3);
        GoalCoverageSection.DepartmentCoverage healthLine = section.byDepartment().get(1);
        assertThat(healthLine.total()).isEqualTo(3);
        assertThat(healthLine.covered()).isEqualTo(1);
        assertThat(healthLine.shareByCount()).contains(new BigDecimal("33.33"));
        assertThat(section.paragraphs(ReportLanguage.CHINESE)).containsExactly(
                "2024年度预算编制同步设定绩效目标：项目1个（共2个，涉及资金100.00万元），上级转移支付1个（共1个，涉及资金250.00万元），"
                        + "部门整体2个（共3个预算单位），尚有2项未设定经批复的绩效目标。");
    }

    /** Property: whatever the amounts, the section's money is their exact sum and its 万元 that sum rounded HALF_UP. */
    @ParameterizedTest
    @ValueSource(longs = {20240917L})
    void theSelfEvaluationMoneyIsAlwaysTheExactSumOfTheEvaluatedUnits(long defaultSeed) {
        long seed = Long.getLong("perf.seed", defaultSeed);
        System.out.println("seed=" + seed + " (replay with -Dperf.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            List<SelfEvaluation> evaluations = new ArrayList<>();
            List<UnitCode> scope = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            int units = 1 + random.nextInt(12);
            for (int i = 0; i < units; i++) {
                String code = String.valueOf(200001 + i);
                scope.add(UnitCode.of(code));
                BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 100_000_000_000L), 2);
                evaluations.add(submitted(code, Y2023, SelfEvaluationKind.DEPARTMENT_OVERALL, amount.toPlainString()));
                sum = sum.add(amount);
            }
            SelfEvaluationCoverageSection section = SelfEvaluationCoverageSection.of(Y2023, scope, evaluations, PRECISION);
            assertThat(section.money().exact().amount()).as("seed %d round %d", seed, round).isEqualByComparingTo(sum);
            assertThat(section.money().wanYuan()).isEqualByComparingTo(sum.divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP));
            assertThat(section.unitsEvaluated()).isEqualTo(units);
        }
    }

    @Test
    void aReportRefusesTwoSectionsWithOneKey() {
        KeyEvaluationSummary empty = KeyEvaluationSummary.of(Y2024, List.of());
        assertThatThrownBy(() -> new AnnualReport(WorkYear.of(2024), List.of(AverageScoreSection.of(empty), AverageScoreSection.of(empty))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportJoinsItsSectionsParagraphsInOrderAndFindsASectionByType() {
        KeyEvaluationSummary summary = reportSummary();
        AnnualReport report = new AnnualReport(WorkYear.of(2024), List.of(KeyEvaluationSection.of(summary, PRECISION),
                GradeDistributionSection.of(summary, Y2023, List.of()), AverageScoreSection.of(summary)));
        assertThat(report.paragraphs(ReportLanguage.CHINESE)).hasSize(3);
        assertThat(report.paragraphs(ReportLanguage.CHINESE).get(2)).startsWith("其中：5个部门整体");
        assertThat(report.section(AverageScoreSection.class)).isPresent();
        assertThat(report.section(GoalCoverageSection.class)).isEmpty();
    }

    @Test
    void precisionIsDataPerFigure() {
        Map<ReportFigure, Integer> decimals = new java.util.EnumMap<>(ReportPrecision.DISTRICT_DEFAULT.decimals());
        decimals.put(ReportFigure.KEY_EVALUATION_TOTAL, 2);
        KeyEvaluationSection section = KeyEvaluationSection.of(reportSummary(), new ReportPrecision(decimals));
        assertThat(section.total().text()).isEqualTo("44369.70");
        assertThatThrownBy(() -> new ReportPrecision(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
