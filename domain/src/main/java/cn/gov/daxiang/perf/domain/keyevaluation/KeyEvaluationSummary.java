package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The key evaluations of a plan year as the bureau's annual report states them, computed from the ACCEPTED ones on
 * request: how many of each subject kind with the money they cover, the money in total, the grade distribution and
 * the average score per category (部门整体 / 专项资金), each average Σ / n rounded HALF_UP to two decimals.
 */
public record KeyEvaluationSummary(FiscalYear fiscalYear, int count, Money totalMoney, Map<SubjectKind, KindTotal> bySubjectKind,
                                   Map<Grade, Integer> grades, Map<EvaluationCategory, CategoryAverage> averages) {

    /** One accepted evaluation with the money it covers (computed by the caller from the projects). */
    public record Covered(KeyEvaluation evaluation, Money money) {
        public Covered {
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(money, "money");
        }
    }

    public record KindTotal(int count, Money money) {
    }

    public record CategoryAverage(int count, Score average) {
    }

    public KeyEvaluationSummary {
        bySubjectKind = Map.copyOf(bySubjectKind);
        grades = Map.copyOf(grades);
        averages = Map.copyOf(averages);
    }

    /** The summary of {@code evaluations}; those not ACCEPTED or of another year are left out. */
    public static KeyEvaluationSummary of(FiscalYear year, Collection<Covered> evaluations) {
        List<Covered> accepted = evaluations.stream()
                .filter(c -> c.evaluation().getState() == KeyEvaluationState.ACCEPTED && c.evaluation().getFiscalYear().equals(year))
                .toList();
        Map<SubjectKind, KindTotal> byKind = new EnumMap<>(SubjectKind.class);
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        Map<EvaluationCategory, BigDecimal> sums = new EnumMap<>(EvaluationCategory.class);
        Map<EvaluationCategory, Integer> counts = new EnumMap<>(EvaluationCategory.class);
        Money total = Money.ZERO;
        for (Covered covered : accepted) {
            KeyEvaluation evaluation = covered.evaluation();
            total = total.plus(covered.money());
            byKind.merge(evaluation.getSubjectKind(), new KindTotal(1, covered.money()),
                    (a, b) -> new KindTotal(a.count() + b.count(), a.money().plus(b.money())));
            evaluation.getResult().ifPresent(result -> {
                grades.merge(result.grade(), 1, Integer::sum);
                sums.merge(evaluation.getCategory(), result.score().value(), BigDecimal::add);
                counts.merge(evaluation.getCategory(), 1, Integer::sum);
            });
        }
        Map<EvaluationCategory, CategoryAverage> averages = new EnumMap<>(EvaluationCategory.class);
        counts.forEach((category, n) -> averages.put(category,
                new CategoryAverage(n, Score.of(sums.get(category).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)))));
        return new KeyEvaluationSummary(year, accepted.size(), total, byKind, grades, averages);
    }

    public Optional<CategoryAverage> averageOf(EvaluationCategory category) {
        return Optional.ofNullable(averages.get(category));
    }
}
