package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.IndicatorScore;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.scoring.ScoreSheet;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelfEvaluationTest {

    private static final ActorId UNIT = ActorId.of("unit-107001-operator");
    private static final ActorId DEPT = ActorId.of("dept-107-reviewer");
    private static final ActorId FINANCE = ActorId.of("finance-reviewer");
    private static final Instant T0 = Instant.parse("2024-10-15T01:00:00Z");
    private static final ProjectCode PROJECT = ProjectCode.of("430503" + "23" + "T" + "000010263357");

    private final EvaluatedIndicator renovated = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY",
            "改造小区数", Comparator.AT_LEAST, new BigDecimal("12"), "个", null);
    private final EvaluatedIndicator unitCost = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "COST",
            "单位造价", Comparator.AT_MOST, new BigDecimal("350"), "元/平方米", null);
    private final EvaluatedIndicator subsidy = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUALITY",
            "补助标准", Comparator.EQUAL, new BigDecimal("100"), "元/户", null);
    private final EvaluatedIndicator incidents = EvaluatedIndicator.quantitative(UUID.randomUUID(), "BENEFIT", "SOCIAL",
            "安全事故起数", Comparator.AT_MOST, BigDecimal.ZERO, "起", null);
    private final EvaluatedIndicator living = EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL",
            "居住条件改善", null);
    private final EvaluatedIndicator satisfaction = EvaluatedIndicator.quantitative(UUID.randomUUID(), "SATISFACTION",
            "BENEFICIARY", "居民满意度", Comparator.AT_LEAST, new BigDecimal("90"), "%", null);

    private final SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()),
            GoalVersionReference.of(UUID.randomUUID(), 2), SelfEvaluationKind.PROJECT, UnitCode.of("107001"),
            FiscalYear.of(2023), PROJECT, List.of(renovated, unitCost, subsidy, incidents, living, satisfaction),
            WeightTemplate.standard());

    /** The worked example of the scoring rules: 89.25 in total, three indicators missed. */
    private void fill() {
        evaluation.recordExecution(BudgetExecution.of(Money.of("1200000.00"), Money.of("1260000.00")));
        evaluation.recordAchievement(renovated.id(), Achievement.measured(new BigDecimal("9")));
        evaluation.recordAchievement(unitCost.id(), Achievement.measured(new BigDecimal("400")));
        evaluation.recordAchievement(subsidy.id(), Achievement.measured(new BigDecimal("100")));
        evaluation.recordAchievement(incidents.id(), Achievement.measured(BigDecimal.ZERO));
        evaluation.recordAchievement(living.id(), Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70")));
        evaluation.recordAchievement(satisfaction.id(), Achievement.measured(new BigDecimal("92")));
    }

    private void explainAll() {
        evaluation.explainDeviation(renovated.id(), "3个小区居民意见未统一，改造顺延至次年");
        evaluation.explainDeviation(unitCost.id(), "钢材价格上涨；今后按市场价测算单价");
        evaluation.explainDeviation(living.id(), "部分配套工程未完工");
    }

    @Test
    void theEvaluationScoresEveryIndicatorAndTotalsTheLines() {
        fill();

        ScoreSheet sheet = evaluation.scoreSheet();

        // 产出 50 / 3 → 16.67, 16.67, 16.66; 效益 30 / 2 → 15, 15; 满意度 10; 执行率 10
        assertThat(sheet.indicators()).extracting(IndicatorScore::score).containsExactly(
                Score.of("12.50"),   // 16.67 × 9/12 = 12.5025
                Score.of("14.59"),   // 16.67 × 350/400 = 14.58625
                Score.of("16.66"),   // = met
                Score.of("15.00"),   // ≤ 0 with an actual of 0: full
                Score.of("10.50"),   // 15 × 70 %
                Score.of("10.00"));  // 92 ≥ 90
        assertThat(sheet.execution().score()).isEqualTo(Score.of("10.00"));   // 105 % capped
        assertThat(sheet.total()).isEqualTo(Score.of("89.25"));
        assertThat(evaluation.unmetIndicators()).containsExactly(renovated, unitCost, living);
    }

    @Test
    void everyIndicatorThatMissedItsTargetNeedsADeviationReasonBeforeSubmission() {
        fill();
        evaluation.explainDeviation(unitCost.id(), "钢材价格上涨");

        assertThatThrownBy(() -> evaluation.submit(UNIT, T0, GradeScheme.national()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("SELF_EVALUATION_DEVIATION_REASON_MISSING");
                    assertThat(e.arguments()).containsEntry("indicators", List.of("改造小区数", "居住条件改善"))
                            .containsEntry("indicatorIds", List.of(renovated.id().toString(), living.id().toString()));
                });
        assertThat(evaluation.getStatus()).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void aBlankReasonClearsIt() {
        fill();
        explainAll();
        evaluation.explainDeviation(living.id(), " ");

        assertThatThrownBy(() -> evaluation.submit(UNIT, T0, GradeScheme.national()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.arguments())
                        .containsEntry("indicators", List.of("居住条件改善")));
    }

    @Test
    void submissionRecordsTheScoreTheGradeAndTheSchemeFromTheCatalog() {
        fill();
        explainAll();

        evaluation.submit(UNIT, T0, GradeSchemeCatalog.districtDefault());

        assertThat(evaluation.getStatus()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(evaluation.getResult()).contains(new GradedScore(Score.of("89.25"), Grade.GOOD, GradeSchemeId.of("national")));
    }

    @Test
    void theSchemeCanBePassedInAndDecidesTheGrade() {
        fill();
        explainAll();
        // by hand: satisfaction 0 of 10 (−10.00); renovated 16.67 × 8.2/12 = 11.3911… → 11.39 (−1.11);
        // subsidy = 100 with 120: 16.66 × (1 − 20/100) = 13.328 → 13.33 (−3.33)
        evaluation.recordAchievement(satisfaction.id(), Achievement.measured(BigDecimal.ZERO));
        evaluation.recordAchievement(renovated.id(), Achievement.measured(new BigDecimal("8.2")));
        evaluation.recordAchievement(subsidy.id(), Achievement.measured(new BigDecimal("120")));
        evaluation.explainDeviation(satisfaction.id(), "问卷回收不足");
        evaluation.explainDeviation(subsidy.id(), "标准调整");

        // 89.25 − 10.00 − 1.11 − 3.33 = 74.81: 较差 in the district scheme, 中 nationally
        assertThat(evaluation.grade(GradeScheme.national())).isEqualTo(new GradedScore(Score.of("74.81"), Grade.MEDIUM, GradeSchemeId.of("national")));
        evaluation.submit(UNIT, T0, GradeScheme.district2024());
        assertThat(evaluation.getResult()).contains(new GradedScore(Score.of("74.81"), Grade.WEAK, GradeSchemeId.of("district-2024")));
    }

    @Test
    void anIncompleteEvaluationCannotBeScoredOrSubmitted() {
        evaluation.recordAchievement(renovated.id(), Achievement.measured(new BigDecimal("12")));

        assertThatThrownBy(() -> evaluation.submit(UNIT, T0, GradeScheme.national()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("SELF_EVALUATION_ACHIEVEMENTS_MISSING");
                    assertThat(e.arguments()).containsEntry("indicators", List.of("单位造价", "补助标准", "安全事故起数", "居住条件改善", "居民满意度"));
                });
        fill();
        SelfEvaluation withoutExecution = SelfEvaluation.restore(evaluation.getId(), evaluation.getGoal(), evaluation.getKind(),
                evaluation.getUnitCode(), evaluation.getFiscalYear(), PROJECT, evaluation.getIndicators(), evaluation.getTemplate(),
                evaluation.getLines(), null, ReviewState.DRAFT, List.of(), null);
        assertThatThrownBy(withoutExecution::scoreSheet)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SELF_EVALUATION_EXECUTION_MISSING"));
    }

    @Test
    void anAchievementMustFitItsIndicatorAndBelongToTheEvaluation() {
        assertThatThrownBy(() -> evaluation.recordAchievement(living.id(), Achievement.measured(BigDecimal.ONE)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("ACHIEVEMENT_KIND_MISMATCH"));
        assertThatThrownBy(() -> evaluation.recordAchievement(UUID.randomUUID(), Achievement.measured(BigDecimal.ONE)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SELF_EVALUATION_INDICATOR_UNKNOWN"));
    }

    @Test
    void anEvaluationRunsThroughBothReviewsToCompletion() {
        fill();
        explainAll();
        evaluation.submit(UNIT, T0, GradeScheme.national());
        evaluation.approveAsDepartment(DEPT, T0.plusSeconds(60), "同意");
        assertThat(evaluation.isCompleted()).isFalse();
        evaluation.approveAsFinance(FINANCE, T0.plusSeconds(120), null);

        assertThat(evaluation.isCompleted()).isTrue();
        assertThat(evaluation.getStatus()).isEqualTo(ReviewState.FINANCE_REVIEWED);
        assertThat(evaluation.getAllowedActions()).isEmpty();
        assertThat(evaluation.getResult()).isPresent();
    }

    @Test
    void aReturnSendsTheEvaluationBackToTheUnitWithItsReasonAndDropsTheResult() {
        fill();
        explainAll();
        evaluation.submit(UNIT, T0, GradeScheme.national());
        evaluation.approveAsDepartment(DEPT, T0.plusSeconds(60), null);
        evaluation.returnByFinance(FINANCE, T0.plusSeconds(120), "满意度调查问卷份数不足，请补充");

        assertThat(evaluation.getStatus()).isEqualTo(ReviewState.DRAFT);
        assertThat(evaluation.getResult()).isEmpty();
        assertThat(evaluation.getHistory().get(evaluation.getHistory().size() - 1).reason()).isEqualTo("满意度调查问卷份数不足，请补充");

        evaluation.recordAchievement(satisfaction.id(), Achievement.measured(new BigDecimal("95")));
        evaluation.submit(UNIT, T0.plusSeconds(180), GradeScheme.national());
        evaluation.returnByDepartment(DEPT, T0.plusSeconds(240), "佐证材料缺失");
        assertThat(evaluation.getStatus()).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void illegalTransitionsNameTheAllowedActions() {
        assertThatThrownBy(() -> evaluation.approveAsDepartment(DEPT, T0, null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("SELF_EVALUATION_TRANSITION_ILLEGAL");
                    assertThat(e.arguments()).containsEntry("state", "DRAFT").containsEntry("action", "DEPT_APPROVE")
                            .containsEntry("allowed", List.of("EDIT", "SUBMIT"));
                });
        fill();
        explainAll();
        evaluation.submit(UNIT, T0, GradeScheme.national());
        evaluation.approveAsDepartment(DEPT, T0, null);
        assertThatThrownBy(() -> evaluation.recordAchievement(renovated.id(), Achievement.measured(BigDecimal.TEN)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.arguments())
                        .containsEntry("state", "DEPT_REVIEWED").containsEntry("allowed", List.of("FINANCE_APPROVE", "FINANCE_RETURN")));
        assertThatThrownBy(() -> evaluation.submit(UNIT, T0, GradeSchemeCatalog.districtDefault()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aProjectEvaluationNamesItsProjectAndADepartmentOverallOneDoesNot() {
        assertThatThrownBy(() -> open(SelfEvaluationKind.PROJECT, null, WeightTemplate.standard()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SELF_EVALUATION_PROJECT_CODE_REQUIRED"));
        assertThatThrownBy(() -> open(SelfEvaluationKind.DEPARTMENT_OVERALL, PROJECT, WeightTemplate.standard()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SELF_EVALUATION_PROJECT_CODE_NOT_ALLOWED"));
        assertThat(open(SelfEvaluationKind.DEPARTMENT_OVERALL, null, WeightTemplate.standard()).getProjectCode()).isEmpty();
    }

    @Test
    void aTemplateThatCannotScoreTheGoalIsRefusedWhenTheEvaluationIsOpened() {
        List<EvaluatedIndicator> withoutSatisfaction = List.of(renovated, living);

        assertThatThrownBy(() -> SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()), GoalVersionReference.of(UUID.randomUUID(), 1),
                SelfEvaluationKind.PROJECT, UnitCode.of("107001"), FiscalYear.of(2023), PROJECT, withoutSatisfaction, WeightTemplate.standard()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_GROUP_WITHOUT_INDICATORS"));
        SelfEvaluation rescaled = SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()), GoalVersionReference.of(UUID.randomUUID(), 1),
                SelfEvaluationKind.PROJECT, UnitCode.of("107001"), FiscalYear.of(2023), PROJECT, withoutSatisfaction,
                WeightTemplate.standard().excluding(Set.of("SATISFACTION")));
        assertThat(rescaled.getTemplate().executionRateWeight()).isEqualByComparingTo("11.11");
    }

    @Test
    void aRestoredEvaluationScoresAndBehavesLikeTheOriginal() {
        fill();
        explainAll();
        evaluation.submit(UNIT, T0, GradeScheme.national());

        SelfEvaluation restored = SelfEvaluation.restore(evaluation.getId(), evaluation.getGoal(), evaluation.getKind(),
                evaluation.getUnitCode(), evaluation.getFiscalYear(), evaluation.getProjectCode().orElse(null),
                evaluation.getIndicators(), evaluation.getTemplate(), evaluation.getLines(), evaluation.getExecution().orElse(null),
                evaluation.getStatus(), evaluation.getHistory(), evaluation.getResult().orElse(null));

        assertThat(restored.scoreSheet()).isEqualTo(evaluation.scoreSheet());
        assertThat(restored.getLines()).isEqualTo(evaluation.getLines());
        assertThat(restored.getResult()).isEqualTo(evaluation.getResult());
        assertThat(restored.getAllowedActions()).containsExactly("DEPT_APPROVE", "DEPT_RETURN");
    }

    private SelfEvaluation open(SelfEvaluationKind kind, ProjectCode projectCode, WeightTemplate template) {
        return SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()), GoalVersionReference.of(UUID.randomUUID(), 1),
                kind, UnitCode.of("107001"), FiscalYear.of(2023), projectCode,
                List.of(renovated, unitCost, subsidy, incidents, living, satisfaction), template);
    }
}
