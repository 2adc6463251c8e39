package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the service and the score check need beyond scoring: year end, the unit's account, rechecks and the audit snapshot. */
class SelfEvaluationRecheckTest {

    private static final ActorId UNIT = ActorId.of("unit-operator");
    private static final Instant T0 = Instant.parse("2024-10-15T01:00:00Z");

    private final EvaluatedIndicator quantity = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY",
            "培训人次", Comparator.AT_LEAST, new BigDecimal("200"), "人次", null);
    private final EvaluatedIndicator benefit = EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", "履职效能提升", null);
    private final EvaluatedIndicator satisfaction = EvaluatedIndicator.quantitative(UUID.randomUUID(), "SATISFACTION",
            "BENEFICIARY_SATISFACTION", "服务对象满意度", Comparator.AT_LEAST, new BigDecimal("90"), "%", null);

    private final SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.of(UUID.randomUUID()),
            GoalVersionReference.of(UUID.randomUUID(), 1), SelfEvaluationKind.DEPARTMENT_OVERALL, UnitCode.of("105001"),
            FiscalYear.of(2023), null, List.of(quantity, benefit, satisfaction), WeightTemplate.standard());

    /** 10 + 50 × 180/200 = 45 + 30 × 85 % = 25.50 + 10 = 90.50, 优 nationally. */
    private void fillAndSubmit() {
        evaluation.recordExecution(BudgetExecution.of(Money.of("800000.00"), Money.of("800000.00")));
        evaluation.recordAchievement(quantity.id(), Achievement.measured(new BigDecimal("180")));
        evaluation.recordAchievement(benefit.id(), Achievement.judged(QualitativeTier.ACHIEVED, new BigDecimal("85")));
        evaluation.recordAchievement(satisfaction.id(), Achievement.measured(new BigDecimal("93.5")));
        evaluation.explainDeviation(quantity.id(), "下半年培训场地改造，两期培训合并");
        evaluation.submit(UNIT, T0, GradeScheme.national());
    }

    @Test
    void anEvaluationOfAYearCanBeOpenedFromTheFirstDayOfTheNextYear() {
        assertThatThrownBy(() -> SelfEvaluation.requireYearEnded(FiscalYear.of(2024), LocalDate.of(2024, 12, 31)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("SELF_EVALUATION_BEFORE_YEAR_END");
                    assertThat(e.arguments()).containsEntry("from", "2025-01-01");
                });
        assertThatCode(() -> SelfEvaluation.requireYearEnded(FiscalYear.of(2024), LocalDate.of(2025, 1, 1))).doesNotThrowAnyException();
    }

    @Test
    void theRecordedResultAgreesWithItsRecomputationFromTheStoredEntries() {
        fillAndSubmit();

        SelfEvaluation.ResultCheck check = evaluation.recheck(GradeScheme.national());

        assertThat(check.recorded()).isEqualTo(new GradedScore(Score.of("90.50"), Grade.EXCELLENT, GradeSchemeId.of("national")));
        assertThat(check.matches()).isTrue();
    }

    @Test
    void aStoredResultThatTheEntriesDoNotGiveIsAMismatch() {
        fillAndSubmit();
        SelfEvaluation tampered = SelfEvaluation.restore(evaluation.getId(), evaluation.getGoal(), evaluation.getKind(),
                evaluation.getUnitCode(), evaluation.getFiscalYear(), null, evaluation.getIndicators(), evaluation.getTemplate(),
                evaluation.getLines(), evaluation.getExecution().orElseThrow(), null, ReviewState.SUBMITTED, evaluation.getHistory(),
                new GradedScore(Score.of("95.00"), Grade.EXCELLENT, GradeSchemeId.of("national")));

        SelfEvaluation.ResultCheck check = tampered.recheck(GradeScheme.national());

        assertThat(check.matches()).isFalse();
        assertThat(check.recomputed().score()).isEqualTo(Score.of("90.50"));
    }

    @Test
    void onlyAGradedEvaluationCanBeRechecked() {
        assertThatThrownBy(() -> evaluation.recheck(GradeScheme.national()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SELF_EVALUATION_NOT_GRADED"));
    }

    @Test
    void theUnitsAccountOfTheOverallGoalIsPartOfTheDraftOnly() {
        evaluation.describeOverallAchievement("  全年完成培训180人次，履职效能明显提升。 ");
        assertThat(evaluation.getOverallAchievement()).contains("全年完成培训180人次，履职效能明显提升。");
        evaluation.describeOverallAchievement(" ");
        assertThat(evaluation.getOverallAchievement()).isEmpty();

        fillAndSubmit();
        assertThatThrownBy(() -> evaluation.describeOverallAchievement("改"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theDraftSaysWhatIsMissingAndWhatStillNeedsAReason() {
        assertThat(evaluation.isScorable()).isFalse();
        assertThat(evaluation.missingAchievements()).containsExactly("培训人次", "履职效能提升", "服务对象满意度");
        evaluation.recordAchievement(benefit.id(), Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70")));
        assertThat(evaluation.unexplainedDeviations()).containsExactly(benefit);
        assertThat(evaluation.missingAchievements()).containsExactly("培训人次", "服务对象满意度");
    }

    @Test
    void theAuditSnapshotShowsEveryEntryAndTheResultWithItsScheme() {
        fillAndSubmit();

        Map<String, String> fields = evaluation.auditSnapshot().fields();

        assertThat(fields).containsEntry("status", "SUBMITTED").containsEntry("totalScore", "90.50")
                .containsEntry("grade", "EXCELLENT").containsEntry("gradeScheme", "national")
                .containsEntry("line01 培训人次 achievement", "180").containsEntry("line02 履职效能提升 achievement", "ACHIEVED 85.00%")
                .containsEntry("line01 培训人次 deviationReason", "下半年培训场地改造，两期培训合并")
                .containsEntry("adjustedBudget", "800000.00");
        assertThat(evaluation.auditSnapshot().objectType()).isEqualTo("self-evaluation");
    }

    @Test
    void aSchemeThatHasGradedIsFrozenAndAnUnusedOneCanBeRevised() {
        GradeScheme scheme = GradeScheme.district2024();
        List<GradeBand> bands = List.of(GradeBand.from("90", Grade.EXCELLENT), GradeBand.from("75", Grade.GOOD), GradeBand.from("0", Grade.POOR));

        assertThatThrownBy(() -> scheme.revised("改", bands, 3))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("GRADE_SCHEME_IN_USE");
                    assertThat(e.arguments()).containsEntry("grades", 3L);
                });
        GradeScheme revised = scheme.revised("大祥区评价等级（试行）", bands, 0);
        assertThat(revised.getId()).isEqualTo(scheme.getId());
        assertThat(revised.grade(Score.of("75.00"))).isEqualTo(Grade.GOOD);
        assertThat(revised.describeBands()).isEqualTo("优 ≥ 90.00; 良 ≥ 75.00; 差 ≥ 0.00");
    }

    @Test
    void moneyExecutedAgainstAZeroBudgetIsRefusedWhenEnteredNotLaterWhenScored() {
        assertThatThrownBy(() -> evaluation.recordExecution(BudgetExecution.of(Money.of("0.00"), Money.of("10.00"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("BUDGET_EXECUTED_WITHOUT_BUDGET"));
        assertThat(evaluation.getExecution()).isEmpty();
    }

    @Test
    void theTableFillsInLineByLineWhileDrafting() {
        // 产出 50 → 培训人次; 效益 30 → 履职效能提升; 满意度 10 → 服务对象满意度
        assertThat(evaluation.allocatedWeights().values()).extracting(BigDecimal::toPlainString).containsExactly("50.00", "30.00", "10.00");
        evaluation.recordAchievement(quantity.id(), Achievement.measured(new BigDecimal("150")));
        evaluation.recordExecution(BudgetExecution.of(Money.of("800000.00"), Money.of("600000.00")));

        // 50 × 150/200 = 37.50; 10 × 600,000/800,000 = 7.50
        assertThat(evaluation.scoredLines()).containsOnlyKeys(quantity.id());
        assertThat(evaluation.scoredLines().get(quantity.id()).score()).isEqualTo(Score.of("37.50"));
        assertThat(evaluation.executionScore().orElseThrow().score()).isEqualTo(Score.of("7.50"));
    }
}
