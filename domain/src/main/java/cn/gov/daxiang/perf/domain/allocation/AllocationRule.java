package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of an allocation policy: the results of an evaluation type it covers, by grade or by score range, and the
 * treatment and adjustment they earn. A score range is [minScore, maxScore), the last range of a type closed at 100.
 *
 * @param grade    the grade covered, or null for a score-range rule
 * @param minScore the range's lower bound (inclusive), null for a grade rule
 * @param maxScore the range's upper bound (exclusive, except 100), null for a grade rule
 */
public record AllocationRule(EvaluationType evaluationType, Grade grade, BigDecimal minScore, BigDecimal maxScore,
                             Treatment treatment, Adjustment adjustment) {

    public AllocationRule {
        Objects.requireNonNull(evaluationType, "evaluationType");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(adjustment, "adjustment");
        if (grade == null) {
            if (minScore == null || maxScore == null) {
                throw new InvalidValueException("rules", "ALLOCATION_RULE_WITHOUT_GRADE_OR_RANGE", Map.of("evaluationType", evaluationType.name()));
            }
            minScore = score(minScore, evaluationType);
            maxScore = score(maxScore, evaluationType);
            if (minScore.compareTo(maxScore) >= 0) {
                throw new InvalidValueException("rules", "ALLOCATION_RULE_RANGE_EMPTY", Map.of("evaluationType", evaluationType.name(),
                        "minScore", minScore.toPlainString(), "maxScore", maxScore.toPlainString()));
            }
        } else if (minScore != null || maxScore != null) {
            throw new InvalidValueException("rules", "ALLOCATION_RULE_GRADE_AND_RANGE", Map.of("evaluationType", evaluationType.name(), "grade", grade.name()));
        }
        if (!treatment.allows(adjustment)) {
            throw new InvalidValueException("rules", "ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT", arguments(treatment, adjustment));
        }
    }

    public static AllocationRule ofGrade(EvaluationType type, Grade grade, Treatment treatment, String percent) {
        return new AllocationRule(type, grade, null, null, treatment, Adjustment.of(percent));
    }

    public static AllocationRule ofRange(EvaluationType type, String min, String max, Treatment treatment, String percent) {
        return new AllocationRule(type, null, new BigDecimal(min), new BigDecimal(max), treatment, Adjustment.of(percent));
    }

    public boolean byGrade() {
        return grade != null;
    }

    /** Whether the rule covers the result; {@code last} closes the range at its upper bound (100). */
    boolean covers(GradedScore result, boolean last) {
        if (byGrade()) {
            return grade == result.grade();
        }
        BigDecimal score = result.score().value();
        return score.compareTo(minScore) >= 0 && (score.compareTo(maxScore) < 0 || last && score.compareTo(maxScore) == 0);
    }

    static Map<String, Object> arguments(Treatment treatment, Adjustment adjustment) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("treatment", treatment.name());
        arguments.put("adjustmentPercent", adjustment.percent().toPlainString());
        return arguments;
    }

    private static BigDecimal score(BigDecimal value, EvaluationType type) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("rules", "ALLOCATION_RULE_SCORE_INVALID", Map.of("evaluationType", type.name(), "score", value.toPlainString()));
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
