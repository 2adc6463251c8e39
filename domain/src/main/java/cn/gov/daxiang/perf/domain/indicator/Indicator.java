package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A level-3 indicator (三级指标) as a goal declares it. Construction refuses only what cannot be an
 * indicator at all (no name, no level codes, contradictory targets); a missing target, comparator or
 * unit is allowed so that a unit can save a poor draft, and the goal's quality checks report it.
 * Whether the level codes exist is checked against the taxonomy when the indicator is put in a goal.
 *
 * @param level1        level-1 group code, e.g. OUTPUT
 * @param level2        level-2 category code, e.g. QUANTITY
 * @param comparator    quantitative only; null when not (yet) given
 * @param targetValue   quantitative only (指标值); null when not (yet) given; a {@link DecimalRule#SIGNED_QUANTITY}
 * @param targetText    qualitative only: the graded target (e.g. 优：…；良：…); null when not given
 * @param unitOfMeasure 计量单位, e.g. 个, %, 万元; null when not given
 * @param weight        分值/权重 in (0, 100] with at most two decimals; null when not given
 * @param explanation   指标解释; null when not given
 * @param scoringRule   评(扣)分标准; null when not given
 */
public record Indicator(IndicatorId id, String level1, String level2, String name, ValueType valueType,
                        Comparator comparator, BigDecimal targetValue, String targetText, String unitOfMeasure,
                        BigDecimal weight, String explanation, String scoringRule) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int TARGET_TEXT_MAX_LENGTH = 500;
    public static final int UNIT_MAX_LENGTH = 30;
    public static final int EXPLANATION_MAX_LENGTH = 1000;
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    public Indicator {
        Objects.requireNonNull(id, "id");
        level1 = Texts.required("level1", level1, 40).toUpperCase(Locale.ROOT);
        level2 = Texts.required("level2", level2, 40).toUpperCase(Locale.ROOT);
        name = Texts.required("name", name, NAME_MAX_LENGTH);
        Objects.requireNonNull(valueType, "valueType");
        targetText = Texts.optional("targetText", targetText, TARGET_TEXT_MAX_LENGTH);
        unitOfMeasure = Texts.optional("unitOfMeasure", unitOfMeasure, UNIT_MAX_LENGTH);
        explanation = Texts.optional("explanation", explanation, EXPLANATION_MAX_LENGTH);
        scoringRule = Texts.optional("scoringRule", scoringRule, EXPLANATION_MAX_LENGTH);
        if (valueType == ValueType.QUALITATIVE && (comparator != null || targetValue != null)) {
            // A graded target has no direction and no number: either the type or the target is wrong.
            throw new InvalidValueException("valueType", "QUALITATIVE_INDICATOR_WITH_NUMERIC_TARGET", Map.of("name", name));
        }
        if (valueType == ValueType.QUANTITATIVE && targetText != null) {
            throw new InvalidValueException("targetText", "QUANTITATIVE_INDICATOR_WITH_TEXT_TARGET", Map.of("name", name));
        }
        targetValue = targetValue == null ? null : canonical(DecimalRule.SIGNED_QUANTITY.check("targetValue", targetValue));
        weight = weight == null ? null : checkedWeight(name, weight);
    }

    /** A quantitative indicator such as 改造小区数 ≥ 12 个. */
    public static Indicator quantitative(IndicatorId id, String level1, String level2, String name,
                                         Comparator comparator, BigDecimal targetValue, String unitOfMeasure) {
        return new Indicator(id, level1, level2, name, ValueType.QUANTITATIVE, comparator, targetValue, null,
                unitOfMeasure, null, null, null);
    }

    /** A qualitative indicator whose target is a graded description. */
    public static Indicator qualitative(IndicatorId id, String level1, String level2, String name, String targetText) {
        return new Indicator(id, level1, level2, name, ValueType.QUALITATIVE, null, null, targetText,
                null, null, null, null);
    }

    public Indicator withWeight(BigDecimal newWeight) {
        return new Indicator(id, level1, level2, name, valueType, comparator, targetValue, targetText, unitOfMeasure,
                newWeight, explanation, scoringRule);
    }

    public Indicator withExplanation(String newExplanation, String newScoringRule) {
        return new Indicator(id, level1, level2, name, valueType, comparator, targetValue, targetText, unitOfMeasure,
                weight, newExplanation, newScoringRule);
    }

    public boolean isQuantitative() {
        return valueType == ValueType.QUANTITATIVE;
    }

    /** Checks that the level-1/level-2 pair exists in the taxonomy. */
    public void checkAgainst(IndicatorTaxonomy taxonomy) {
        taxonomy.requireCategory(level1, level2);
    }

    /** Trailing zeros dropped, so that 12, 12.0 and 12.00 (as a database may return them) are one target. */
    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal checkedWeight(String name, BigDecimal weight) {
        if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("weight", "INDICATOR_WEIGHT_INVALID",
                    Map.of("name", name, "weight", DecimalRule.shown(weight)));
        }
        return weight.setScale(2);
    }
}
