package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the scoring rules over seeded random inputs (see {@link Seeds} to replay a seed). Values
 * are drawn with 0–4 decimals and are zero one time in ten, so the zero-target and zero-actual rules
 * are exercised on every run.
 */
class ScoringPropertiesTest {

    private static final int CASES = 300;

    record IndicatorCase(long seed, int index, Comparator comparator, BigDecimal target, BigDecimal actual,
                         BigDecimal higherActual, BigDecimal weight) {
        @Override
        public String toString() {
            return "seed=" + seed + " #" + index + " " + comparator.symbol() + " " + target.toPlainString()
                    + " actual " + actual.toPlainString() + "/" + higherActual.toPlainString() + " weight " + weight.toPlainString();
        }
    }

    static Stream<IndicatorCase> indicatorCases() {
        long seed = Seeds.seed("indicator scores lie in [0, weight] and move with the actual");
        Random random = new Random(seed);
        Comparator[] comparators = Comparator.values();
        return IntStream.range(0, CASES).mapToObj(i -> {
            BigDecimal a = Seeds.decimal(random, 10_000, 4);
            BigDecimal b = Seeds.decimal(random, 10_000, 4);
            BigDecimal target = random.nextInt(5) == 0 ? a : Seeds.decimal(random, 10_000, 4);   // hit "= target" often
            BigDecimal weight = BigDecimal.valueOf(random.nextInt(10_001), 2);
            return new IndicatorCase(seed, i, comparators[random.nextInt(comparators.length)], target,
                    a.min(b), a.max(b), weight);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicatorCases")
    void everyIndicatorScoreLiesBetweenZeroAndItsWeight(IndicatorCase c) {
        IndicatorScore line = score(c, c.actual());

        assertThat(line.score().value()).isBetween(BigDecimal.ZERO, c.weight());
        assertThat(line.met()).isEqualTo(ScoringEngine.meets(c.comparator(), c.target(), c.actual()));
        if (line.met()) {
            assertThat(line.score().value()).as("a met indicator earns its full weight").isEqualByComparingTo(c.weight());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicatorCases")
    void aHigherActualNeverLowersAnAtLeastScoreNorRaisesAnAtMostScore(IndicatorCase c) {
        Score lower = score(c, c.actual()).score();
        Score higher = score(c, c.higherActual()).score();

        switch (c.comparator()) {
            case AT_LEAST -> assertThat(higher).isGreaterThanOrEqualTo(lower);
            case AT_MOST -> assertThat(higher).isLessThanOrEqualTo(lower);
            case EQUAL -> {
                // = is not monotonic; but it peaks at the target: the actual nearer the target scores at least as much
                BigDecimal lowerGap = c.actual().subtract(c.target()).abs();
                BigDecimal higherGap = c.higherActual().subtract(c.target()).abs();
                if (lowerGap.compareTo(higherGap) <= 0) {
                    assertThat(lower).isGreaterThanOrEqualTo(higher);
                } else {
                    assertThat(higher).isGreaterThanOrEqualTo(lower);
                }
            }
        }
    }

    record SheetCase(long seed, int index, WeightTemplate template, List<EvaluatedIndicator> indicators,
                     Map<UUID, Achievement> achievements, BudgetExecution execution) {
        @Override
        public String toString() {
            return "seed=" + seed + " #" + index + " " + indicators.size() + " indicators, template " + template;
        }
    }

    static Stream<SheetCase> sheetCases() {
        long seed = Seeds.seed("a sheet's total is the sum of its parts and at most 100");
        Random random = new Random(seed);
        return IntStream.range(0, CASES).mapToObj(i -> randomSheet(seed, i, random));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheetCases")
    void theTotalIsTheSumOfItsPartsAndTheWeightsAddUpToAHundred(SheetCase c) {
        ScoreSheet sheet = ScoringEngine.score(c.template(), c.indicators(), c.achievements(), c.execution());

        BigDecimal sumOfParts = sheet.execution().score().value();
        BigDecimal sumOfWeights = sheet.execution().weight();
        for (IndicatorScore line : sheet.indicators()) {
            sumOfParts = sumOfParts.add(line.score().value());
            sumOfWeights = sumOfWeights.add(line.weight());
            assertThat(line.score().value()).isBetween(BigDecimal.ZERO, line.weight());
        }
        assertThat(sheet.total().value()).isEqualByComparingTo(sumOfParts);
        assertThat(sumOfWeights).isEqualByComparingTo("100");
        assertThat(sheet.total().value()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(sheet.execution().score().value()).isBetween(BigDecimal.ZERO, sheet.execution().weight());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheetCases")
    void executingMoreNeverLowersTheExecutionScore(SheetCase c) {
        BudgetExecution less = c.execution();
        BudgetExecution more = BudgetExecution.of(less.adjustedBudget(), less.executed().plus(Money.of("0.01")));
        if (less.adjustedBudget().isZero()) {
            return;   // executing anything against a zero budget is refused, tested by example
        }
        BigDecimal weight = c.template().executionRateWeight();

        assertThat(ScoringEngine.scoreExecution(more, weight).score())
                .isGreaterThanOrEqualTo(ScoringEngine.scoreExecution(less, weight).score());
    }

    private static IndicatorScore score(IndicatorCase c, BigDecimal actual) {
        EvaluatedIndicator indicator = EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY", "指标",
                c.comparator(), c.target(), null, null);
        return ScoringEngine.scoreIndicator(indicator, c.weight(), Achievement.measured(actual));
    }

    private static SheetCase randomSheet(long seed, int index, Random random) {
        List<String> groups = List.of("OUTPUT", "BENEFIT", "SATISFACTION", "COST").subList(0, 1 + random.nextInt(4));
        // random integer weights in hundredths adding up to 100.00: cut points on [0, 10000]
        List<Integer> cuts = new ArrayList<>(IntStream.range(0, groups.size()).map(g -> random.nextInt(10_001)).boxed().toList());
        cuts.add(0);
        cuts.add(10_000);
        cuts.sort(Integer::compare);
        Map<String, BigDecimal> groupWeights = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            groupWeights.put(groups.get(g), BigDecimal.valueOf(cuts.get(g + 2) - cuts.get(g + 1), 2));
        }
        WeightTemplate template = new WeightTemplate(BigDecimal.valueOf(cuts.get(1) - cuts.get(0), 2), groupWeights);

        List<EvaluatedIndicator> indicators = new ArrayList<>();
        Map<UUID, Achievement> achievements = new LinkedHashMap<>();
        for (String group : groups) {
            boolean weighted = random.nextBoolean();
            int count = 1 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                BigDecimal ownWeight = weighted ? BigDecimal.valueOf(1 + random.nextInt(3000), 1) : null;
                UUID id = new UUID(seed, index * 100L + indicators.size());
                if (random.nextInt(4) == 0) {
                    indicators.add(EvaluatedIndicator.qualitative(id, group, "L2", "定性" + k, ownWeight));
                    QualitativeTier tier = QualitativeTier.values()[random.nextInt(3)];
                    achievements.put(id, Achievement.judged(tier, randomPercentageIn(random, tier)));
                } else {
                    Comparator comparator = Comparator.values()[random.nextInt(3)];
                    indicators.add(EvaluatedIndicator.quantitative(id, group, "L2", "定量" + k, comparator,
                            Seeds.decimal(random, 1000, 3), null, ownWeight));
                    achievements.put(id, Achievement.measured(Seeds.decimal(random, 1000, 3)));
                }
            }
        }
        Money budget = new Money(Seeds.decimal(random, 10_000_000, 2));
        Money executed = budget.isZero() ? Money.ZERO : new Money(Seeds.decimal(random, 12_000_000, 2));
        return new SheetCase(seed, index, template, indicators, achievements, BudgetExecution.of(budget, executed));
    }

    private static BigDecimal randomPercentageIn(Random random, QualitativeTier tier) {
        int from = tier.from().movePointRight(2).intValueExact();
        int to = tier.to().movePointRight(2).intValueExact() - (tier.includesTo() ? 0 : 1);
        return BigDecimal.valueOf(from + random.nextInt(to - from + 1), 2);
    }
}
