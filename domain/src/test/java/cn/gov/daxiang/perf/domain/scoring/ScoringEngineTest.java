package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples: every expected figure is computed by hand in the comment beside it. */
class ScoringEngineTest {

    private static final BigDecimal TEN = new BigDecimal("10");

    @Nested
    class ExecutionRate {

        @Test
        void scoreIsTheWeightTimesTheExecutionRate() {
            // 875,000.00 / 1,000,000.00 = 87.50 %; 10 × 0.875 = 8.75
            ExecutionScore line = ScoringEngine.scoreExecution(execution("1000000.00", "875000.00"), TEN);

            assertThat(line.rate()).contains(Percentage.of("87.50"));
            assertThat(line.score()).isEqualTo(Score.of("8.75"));
        }

        @Test
        void executionAboveAHundredPercentEarnsTheFullWeightAndNoMore() {
            // 1,260,000 / 1,200,000 = 105.00 %; min(1, 1.05) × 10 = 10.00
            ExecutionScore line = ScoringEngine.scoreExecution(execution("1200000.00", "1260000.00"), TEN);

            assertThat(line.rate()).contains(Percentage.of("105.00"));
            assertThat(line.score()).isEqualTo(Score.of("10.00"));
        }

        @Test
        void theScoreUsesTheExactRateNotTheDisplayedOne() {
            // 200 / 300 = 66.666…% (shown 66.67 %); 10 × 2/3 = 6.666… → 6.67; 100/300 → 3.333… → 3.33
            assertThat(ScoringEngine.scoreExecution(execution("300.00", "200.00"), TEN).score()).isEqualTo(Score.of("6.67"));
            assertThat(ScoringEngine.scoreExecution(execution("300.00", "100.00"), TEN).score()).isEqualTo(Score.of("3.33"));
            // 10 × 0.12345 = 1.2345 → 1.23 (the shown rate 12.35 % would have given 1.24 by a second rounding)
            assertThat(ScoringEngine.scoreExecution(execution("100000.00", "12345.00"), TEN).score()).isEqualTo(Score.of("1.23"));
        }

        @Test
        void aZeroBudgetWithNothingExecutedEarnsTheFullWeightAndHasNoRate() {
            ExecutionScore line = ScoringEngine.scoreExecution(execution("0.00", "0.00"), TEN);

            assertThat(line.rate()).isEmpty();
            assertThat(line.score()).isEqualTo(Score.of("10.00"));
        }

        @Test
        void moneyExecutedAgainstAZeroBudgetIsRefused() {
            assertThatThrownBy(() -> ScoringEngine.scoreExecution(execution("0.00", "5.00"), TEN))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("BUDGET_EXECUTED_WITHOUT_BUDGET"));
        }

        @Test
        void negativeAmountsAreRefused() {
            assertThatThrownBy(() -> execution("100.00", "-1.00"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("BUDGET_AMOUNT_NEGATIVE");
                        assertThat(e.field()).contains("executed");
                    });
        }
    }

    @Nested
    class Quantitative {

        @ParameterizedTest(name = "{0} {1} actual {2}, weight {3} → {4} (met {5})")
        @CsvSource({
                // ≥: w × min(1, a/t)
                "AT_LEAST, 12,  9,   16.67, 12.50, false",  // 16.67 × 9/12 = 12.5025 → 12.50
                "AT_LEAST, 12,  12,  16.67, 16.67, true",
                "AT_LEAST, 12,  15,  16.67, 16.67, true",   // over-achievement is not penalised
                "AT_LEAST, 0,   0,   5,     5.00,  true",   // zero target: any actual meets it
                "AT_LEAST, 0,   3,   5,     5.00,  true",
                "AT_LEAST, 90,  0,   10,    0.00,  false",
                // ≤: w × min(1, t/a)
                "AT_MOST,  350, 400, 16.67, 14.59, false",  // 16.67 × 350/400 = 14.58625 → 14.59
                "AT_MOST,  350, 350, 16.67, 16.67, true",
                "AT_MOST,  350, 0,   16.67, 16.67, true",   // zero actual meets any ≤ target
                "AT_MOST,  0,   0,   8,     8.00,  true",
                "AT_MOST,  0,   3,   8,     0.00,  false",  // above a zero ceiling: nothing
                // =: full when equal, else w × (1 − |a − t| / t) floored at 0
                "EQUAL,    100, 100, 8,     8.00,  true",
                "EQUAL,    100, 100.00, 8,  8.00,  true",   // compared as numbers
                "EQUAL,    100, 95,  8,     7.60,  false",  // 8 × (1 − 5/100) = 7.60
                "EQUAL,    100, 105, 8,     7.60,  false",
                "EQUAL,    3,   4,   10,    6.67,  false",  // 10 × (1 − 1/3) = 6.666… → 6.67
                "EQUAL,    100, 200, 8,     0.00,  false",  // a deviation of a whole target earns nothing
                "EQUAL,    100, 250, 8,     0.00,  false",  // floored at 0, never negative
                "EQUAL,    0,   0,   8,     8.00,  true",   // zero target: only zero earns anything
                "EQUAL,    0,   1,   8,     0.00,  false"})
        void quantitativeIndicatorsScoreByTheirComparator(Comparator comparator, String target, String actual,
                                                          String weight, String score, boolean met) {
            EvaluatedIndicator indicator = quantitative(comparator, target);

            IndicatorScore line = ScoringEngine.scoreIndicator(indicator, new BigDecimal(weight), Achievement.measured(new BigDecimal(actual)));

            assertThat(line.score()).isEqualTo(Score.of(score));
            assertThat(line.met()).isEqualTo(met);
            assertThat(line.weight()).isEqualByComparingTo(weight);
        }

        @Test
        void negativeActualsAreRefused() {
            assertThatThrownBy(() -> Achievement.measured(new BigDecimal("-1")))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("ACHIEVEMENT_VALUE_NEGATIVE"));
        }

        @Test
        void aJudgementForAQuantitativeIndicatorIsRefused() {
            assertThatThrownBy(() -> ScoringEngine.scoreIndicator(quantitative(Comparator.AT_LEAST, "1"), TEN,
                    Achievement.judged(QualitativeTier.ACHIEVED, new BigDecimal("90"))))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("ACHIEVEMENT_KIND_MISMATCH"));
        }
    }

    @Nested
    class Qualitative {

        @ParameterizedTest(name = "{0} at {1} % of 15 → {2}")
        @CsvSource({
                "ACHIEVED,     100,   15.00, true",
                "ACHIEVED,     80,    12.00, true",   // 80 belongs to the first tier
                "PARTLY,       79.99, 12.00, false",  // 15 × 0.7999 = 11.9985 → 12.00
                "PARTLY,       70,    10.50, false",  // 15 × 0.70 = 10.50
                "PARTLY,       60,    9.00,  false",  // 60 belongs to the second tier
                "NOT_ACHIEVED, 59.99, 9.00,  false",  // 15 × 0.5999 = 8.9985 → 9.00
                "NOT_ACHIEVED, 0,     0.00,  false"})
        void theEvaluatorsPercentageWithinTheTierIsTheShareOfTheWeight(QualitativeTier tier, String percentage, String score, boolean met) {
            IndicatorScore line = ScoringEngine.scoreIndicator(qualitative(), new BigDecimal("15"),
                    Achievement.judged(tier, new BigDecimal(percentage)));

            assertThat(line.score()).isEqualTo(Score.of(score));
            assertThat(line.met()).isEqualTo(met);
        }

        @ParameterizedTest(name = "{0} refuses {1} %")
        @CsvSource({"ACHIEVED, 79.99", "ACHIEVED, 100.01", "PARTLY, 80", "PARTLY, 59.99", "NOT_ACHIEVED, 60", "NOT_ACHIEVED, -1"})
        void aPercentageOutsideTheChosenTierIsRefused(QualitativeTier tier, String percentage) {
            assertThatThrownBy(() -> Achievement.judged(tier, new BigDecimal(percentage)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("QUALITATIVE_PERCENTAGE_OUTSIDE_TIER");
                        assertThat(e.arguments()).containsEntry("tier", tier.name());
                    });
        }

        @Test
        void aPercentageWithMoreThanTwoDecimalsIsRefused() {
            assertThatThrownBy(() -> Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70.005")))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("QUALITATIVE_PERCENTAGE_TOO_PRECISE"));
        }

        @Test
        void aNumberForAQualitativeIndicatorIsRefused() {
            assertThatThrownBy(() -> ScoringEngine.scoreIndicator(qualitative(), TEN, Achievement.measured(BigDecimal.ONE)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("ACHIEVEMENT_KIND_MISMATCH"));
        }
    }

    @Nested
    class WholeSheet {

        private final EvaluatedIndicator renovated = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY",
                "改造小区数", Comparator.AT_LEAST, new BigDecimal("12"), "个", null);
        private final EvaluatedIndicator unitCost = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "COST",
                "单位造价", Comparator.AT_MOST, new BigDecimal("350"), "元/平方米", null);
        private final EvaluatedIndicator subsidy = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUALITY",
                "补助标准", Comparator.EQUAL, new BigDecimal("100"), "元/人·月", null);
        private final EvaluatedIndicator incidents = EvaluatedIndicator.quantitative(UUID.randomUUID(), "BENEFIT", "SOCIAL",
                "安全事故增加数", Comparator.AT_LEAST, BigDecimal.ZERO, "起", null);
        private final EvaluatedIndicator living = EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL",
                "居住条件改善", null);
        private final EvaluatedIndicator satisfaction = EvaluatedIndicator.quantitative(UUID.randomUUID(), "SATISFACTION",
                "BENEFICIARY", "居民满意度", Comparator.AT_LEAST, new BigDecimal("90"), "%", null);

        @Test
        void theTotalIsTheSumOfTheRoundedLinesAndGradesNationallyAndLocally() {
            Map<UUID, Achievement> achievements = new LinkedHashMap<>();
            achievements.put(renovated.id(), Achievement.measured(new BigDecimal("9")));
            achievements.put(unitCost.id(), Achievement.measured(new BigDecimal("400")));
            achievements.put(subsidy.id(), Achievement.measured(new BigDecimal("100")));
            achievements.put(incidents.id(), Achievement.measured(new BigDecimal("5")));
            achievements.put(living.id(), Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("70")));
            achievements.put(satisfaction.id(), Achievement.measured(new BigDecimal("92")));

            ScoreSheet sheet = ScoringEngine.score(WeightTemplate.standard(),
                    List.of(renovated, unitCost, subsidy, incidents, living, satisfaction), achievements,
                    execution("1200000.00", "1260000.00"));

            // 产出 50 / 3 indicators → 16.67, 16.67, 16.66; 效益 30 / 2 → 15, 15; 满意度 10
            assertThat(sheet.indicators()).extracting(IndicatorScore::weight).containsExactly(
                    new BigDecimal("16.67"), new BigDecimal("16.67"), new BigDecimal("16.66"),
                    new BigDecimal("15.00"), new BigDecimal("15.00"), new BigDecimal("10.00"));
            assertThat(sheet.indicators()).extracting(IndicatorScore::score).containsExactly(
                    Score.of("12.50"),   // ≥ 12, actual 9: 16.67 × 9/12 = 12.5025 → 12.50
                    Score.of("14.59"),   // ≤ 350, actual 400: 16.67 × 350/400 = 14.58625 → 14.59
                    Score.of("16.66"),   // = 100, met
                    Score.of("15.00"),   // ≥ 0: zero target, full
                    Score.of("10.50"),   // qualitative PARTLY 70 %: 15 × 0.70
                    Score.of("10.00"));  // ≥ 90 %, actual 92 %
            assertThat(sheet.execution().score()).isEqualTo(Score.of("10.00"));   // 105 %, capped
            // 10.00 + 12.50 + 14.59 + 16.66 + 15.00 + 10.50 + 10.00 = 89.25
            assertThat(sheet.total()).isEqualTo(Score.of("89.25"));
            assertThat(sheet.unmetIndicators()).containsExactly(renovated.id(), unitCost.id(), living.id());
            assertThat(GradeScheme.national().grade(sheet.total())).isEqualTo(Grade.GOOD);
            assertThat(GradeScheme.district2024().grade(sheet.total())).isEqualTo(Grade.GOOD);
        }

        @Test
        void everyIndicatorNeedsItsAchievement() {
            Map<UUID, Achievement> achievements = Map.of(renovated.id(), Achievement.measured(BigDecimal.ONE));

            assertThatThrownBy(() -> ScoringEngine.score(WeightTemplate.standard(),
                    List.of(renovated, living, satisfaction), achievements, execution("1.00", "1.00")))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.code()).isEqualTo("SCORING_ACHIEVEMENTS_MISSING");
                        assertThat(e.arguments()).containsEntry("indicators", List.of("居住条件改善", "居民满意度"));
                    });
        }

        @Test
        void anAchievementForAnIndicatorNotOnTheSheetIsRefused() {
            Map<UUID, Achievement> achievements = new LinkedHashMap<>();
            achievements.put(renovated.id(), Achievement.measured(BigDecimal.ONE));
            achievements.put(living.id(), Achievement.judged(QualitativeTier.ACHIEVED, new BigDecimal("90")));
            achievements.put(satisfaction.id(), Achievement.measured(BigDecimal.ONE));
            achievements.put(UUID.randomUUID(), Achievement.measured(BigDecimal.ONE));

            assertThatThrownBy(() -> ScoringEngine.score(WeightTemplate.standard(),
                    List.of(renovated, living, satisfaction), achievements, execution("1.00", "1.00")))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SCORING_INDICATOR_UNKNOWN"));
        }
    }

    static BudgetExecution execution(String adjusted, String executed) {
        return BudgetExecution.of(Money.of(adjusted), Money.of(executed));
    }

    static EvaluatedIndicator quantitative(Comparator comparator, String target) {
        return EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY", "指标", comparator,
                new BigDecimal(target), "个", null);
    }

    static EvaluatedIndicator qualitative() {
        return EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", "定性指标", null);
    }
}
