package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.scoring.ScoreGapTally;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How generously units grade themselves (自评偏差): per unit and plan year, the accepted key evaluations whose object
 * the unit also evaluated itself (the same project, every project of a special fund, or the unit's overall spending
 * of the spending year), with the gap self − key per pair, the mean gap and the mean absolute gap. A positive mean
 * means the unit scores itself higher than the bureau's evaluators do. Computed on request, never stored.
 *
 * <p>A pair belongs to the unit that owns the object: a department's own code, or the one unit owning every project
 * of the object (a fund spread over several units is left out: no one unit graded it).
 */
public record SelfAssessmentGaps(List<UnitYear> rows) {

    /** One compared object: what the key evaluation looked at, the unit's own score and the key evaluation's. */
    public record Pair(KeyEvaluationId keyEvaluationId, String title, EvaluationObjectKind objectKind, String objectRef,
                       Score selfScore, Score keyScore, BigDecimal gap) {
    }

    /** One unit in one plan year. */
    public record UnitYear(UnitCode unitCode, FiscalYear year, int pairs, BigDecimal meanGap, BigDecimal meanAbsoluteGap,
                           List<Pair> compared) {
        public UnitYear {
            compared = List.copyOf(compared);
        }
    }

    public SelfAssessmentGaps {
        rows = List.copyOf(rows);
    }

    /**
     * @param keyEvaluations key evaluations (only ACCEPTED ones with a result count)
     * @param selfAssessed   the units' own scores (from self-evaluations with a recorded result)
     * @param owners         the unit of each project the evaluations name
     * @param unitFilter     which units the caller may see and asked for
     */
    public static SelfAssessmentGaps of(List<KeyEvaluation> keyEvaluations, SelfAssessedScores selfAssessed,
                                        Map<ProjectCode, UnitCode> owners, Predicate<UnitCode> unitFilter) {
        Map<String, List<Pair>> byUnitYear = new TreeMap<>();
        Map<String, UnitCode> units = new TreeMap<>();
        Map<String, FiscalYear> years = new TreeMap<>();
        List<KeyEvaluation> ordered = keyEvaluations.stream()
                .filter(e -> e.getState() == KeyEvaluationState.ACCEPTED && e.getResult().isPresent())
                .sorted(Comparator.comparing(KeyEvaluation::getFiscalYear).thenComparing(e -> e.getId().toString()))
                .toList();
        for (KeyEvaluation evaluation : ordered) {
            Optional<UnitCode> owner = owner(evaluation.getObject(), owners);
            if (owner.isEmpty() || !unitFilter.test(owner.get())) {
                continue;
            }
            Optional<Score> self = selfAssessed.of(evaluation.getObject());
            if (self.isEmpty()) {
                continue;
            }
            Score key = evaluation.getResult().get().score();
            String k = owner.get().value() + "@" + evaluation.getFiscalYear().value();
            units.put(k, owner.get());
            years.put(k, evaluation.getFiscalYear());
            byUnitYear.computeIfAbsent(k, x -> new ArrayList<>()).add(new Pair(evaluation.getId(), evaluation.getTitle(),
                    evaluation.getObject().kind(), ref(evaluation.getObject()), self.get(), key,
                    self.get().value().subtract(key.value())));
        }
        List<UnitYear> rows = new ArrayList<>();
        byUnitYear.forEach((k, pairs) -> {
            ScoreGapTally tally = new ScoreGapTally();
            pairs.forEach(p -> tally.add(p.selfScore(), p.keyScore()));
            rows.add(new UnitYear(units.get(k), years.get(k), tally.count(), tally.mean(), tally.meanAbsolute(), pairs));
        });
        rows.sort(Comparator.comparing((UnitYear r) -> r.unitCode().value()).thenComparing(UnitYear::year));
        return new SelfAssessmentGaps(rows);
    }

    private static Optional<UnitCode> owner(EvaluationObject object, Map<ProjectCode, UnitCode> owners) {
        if (object instanceof EvaluationObject.OfDepartment department) {
            return Optional.of(department.department());
        }
        Set<UnitCode> found = object.projects().stream().map(owners::get).filter(Objects::nonNull).collect(Collectors.toSet());
        if (found.size() != 1 || object.projects().stream().anyMatch(p -> !owners.containsKey(p))) {
            return Optional.empty();
        }
        return Optional.of(found.iterator().next());
    }

    private static String ref(EvaluationObject object) {
        if (object instanceof EvaluationObject.OfDepartment department) {
            return department.department().value() + "@" + department.spendingYear().value();
        }
        if (object instanceof EvaluationObject.OfSpecialFund fund) {
            return fund.name();
        }
        return object.projects().get(0).value();
    }
}
