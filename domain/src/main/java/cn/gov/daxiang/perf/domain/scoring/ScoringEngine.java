package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The self-evaluation scoring rules (domain reference §4), exact to two decimals. Every product and
 * quotient is computed in BigDecimal (quotients to 34 significant digits, multiplying before dividing),
 * and the only rounding is each line's score to two decimals HALF_UP; totals add rounded lines.
 *
 * <p>Rules, with {@code w} the line's 分值, {@code a} the actual and {@code t} the target:
 * <ul>
 *   <li>execution rate: {@code w × min(1, executed / adjusted)}. An adjusted budget of zero with nothing
 *       executed earns the full weight (nothing was to be spent, nothing lagged); money executed
 *       against a zero budget is refused, because the rate is undefined and the figures are wrong.</li>
 *   <li>≥: {@code w × min(1, a / t)}; a target of zero is met by any actual: full.</li>
 *   <li>≤: {@code w × min(1, t / a)}; an actual of zero meets any target: full; an actual above a
 *       zero target earns nothing.</li>
 *   <li>=: full when {@code a = t}, else {@code w × (1 − |a − t| / t)}, floored at 0 (a deviation of a
 *       whole target or more earns nothing); with a target of zero only an actual of zero earns
 *       anything, and then the full weight.</li>
 *   <li>qualitative: {@code w × percentage / 100}, the percentage inside its {@link QualitativeTier}.</li>
 * </ul>
 * Over-achievement is not penalised (the "偏离度适度调减" rule has no published formula).
 * Negative targets and actuals are refused where they are made.
 */
public final class ScoringEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoringEngine() {
    }

    /** Scores a whole self-evaluation: every indicator must have its achievement. */
    public static ScoreSheet score(WeightTemplate template, List<EvaluatedIndicator> indicators,
                                   Map<UUID, ? extends Achievement> achievements, BudgetExecution execution) {
        Objects.requireNonNull(execution, "execution");
        Map<UUID, BigDecimal> weights = template.allocate(indicators);
        List<String> missing = indicators.stream().filter(i -> !achievements.containsKey(i.id()))
                .map(EvaluatedIndicator::name).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("SCORING_ACHIEVEMENTS_MISSING", Map.of("indicators", missing));
        }
        for (UUID id : achievements.keySet()) {
            if (!weights.containsKey(id)) {
                throw new RuleViolationException("SCORING_INDICATOR_UNKNOWN", Map.of("indicatorId", id.toString()));
            }
        }
        List<IndicatorScore> lines = new ArrayList<>();
        for (EvaluatedIndicator indicator : indicators) {
            lines.add(scoreIndicator(indicator, weights.get(indicator.id()), achievements.get(indicator.id())));
        }
        return new ScoreSheet(scoreExecution(execution, template.executionRateWeight()), lines);
    }

    /** 预算执行率得分 = w × min(1, executed / adjusted budget). */
    public static ExecutionScore scoreExecution(BudgetExecution execution, BigDecimal weight) {
        BigDecimal w = WeightTemplate.checkedWeight(WeightTemplate.EXECUTION_RATE_PART, weight);
        BigDecimal budget = execution.adjustedBudget().amount();
        BigDecimal executed = execution.executed().amount();
        BigDecimal exact;
        if (budget.signum() == 0) {
            if (executed.signum() > 0) {
                throw new RuleViolationException("BUDGET_EXECUTED_WITHOUT_BUDGET",
                        Map.of("adjustedBudget", execution.adjustedBudget().toString(), "executed", execution.executed().toString()));
            }
            exact = w;
        } else {
            exact = executed.compareTo(budget) >= 0 ? w : w.multiply(executed).divide(budget, MathContext.DECIMAL128);
        }
        return new ExecutionScore(execution, w, Score.roundedHalfUp(exact));
    }

    /** One indicator's line: its score out of {@code weight} and whether it was met. */
    public static IndicatorScore scoreIndicator(EvaluatedIndicator indicator, BigDecimal weight, Achievement achievement) {
        BigDecimal w = WeightTemplate.checkedWeight(indicator.name(), weight);
        BigDecimal exact = checkedKind(indicator, achievement) instanceof Achievement.Measured m
                ? quantitative(indicator.comparator(), indicator.target(), m.actual(), w)
                : w.multiply(((Achievement.Judged) achievement).percentage()).divide(HUNDRED, MathContext.DECIMAL128);
        return new IndicatorScore(indicator.id(), w, Score.roundedHalfUp(exact), isMet(indicator, achievement));
    }

    /**
     * Whether an indicator reached its target: ≥ when {@code a ≥ t}, ≤ when {@code a ≤ t}, = when
     * {@code a = t} (compared as numbers, 5 = 5.00), qualitative when judged {@link QualitativeTier#ACHIEVED}.
     */
    public static boolean isMet(EvaluatedIndicator indicator, Achievement achievement) {
        return checkedKind(indicator, achievement) instanceof Achievement.Measured m
                ? meets(indicator.comparator(), indicator.target(), m.actual())
                : ((Achievement.Judged) achievement).tier() == QualitativeTier.ACHIEVED;
    }

    /** Whether {@code actual} satisfies {@code comparator target}. */
    public static boolean meets(Comparator comparator, BigDecimal target, BigDecimal actual) {
        int c = actual.compareTo(target);
        return switch (comparator) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
    }

    private static BigDecimal quantitative(Comparator comparator, BigDecimal target, BigDecimal actual, BigDecimal w) {
        if (meets(comparator, target, actual)) {
            return w;
        }
        // Not met: from here target > 0 for ≥ (a < t), actual > 0 for ≤ (a > t), and a ≠ t for =.
        return switch (comparator) {
            case AT_LEAST -> w.multiply(actual).divide(target, MathContext.DECIMAL128);
            case AT_MOST -> w.multiply(target).divide(actual, MathContext.DECIMAL128);
            case EQUAL -> {
                BigDecimal deviation = actual.subtract(target).abs();
                yield deviation.compareTo(target) >= 0 ? BigDecimal.ZERO
                        : w.multiply(target.subtract(deviation)).divide(target, MathContext.DECIMAL128);
            }
        };
    }

    private static Achievement checkedKind(EvaluatedIndicator indicator, Achievement achievement) {
        Objects.requireNonNull(achievement, "achievement");
        boolean measured = achievement instanceof Achievement.Measured;
        if (measured != indicator.isQuantitative()) {
            throw new InvalidValueException("ACHIEVEMENT_KIND_MISMATCH",
                    Map.of("indicator", indicator.name(), "valueType", indicator.valueType().name()));
        }
        return achievement;
    }
}
