package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;

/**
 * A level-3 indicator as the approved goal version stated it, copied into a monitoring report or a
 * self-evaluation when that is opened. A copy, not a reference: later goal versions must not change
 * what was monitored or scored, and this model must not depend on the goal model.
 *
 * @param id            the indicator's id in the goal version
 * @param level1Code    一级指标 code of the goal taxonomy (OUTPUT, BENEFIT, SATISFACTION, ...); it picks
 *                      the {@link WeightTemplate} group
 * @param level2Code    二级指标 code (QUANTITY, QUALITY, ...), kept for display and statistics
 * @param comparator    ≥ ≤ = for a quantitative indicator, null for a qualitative one
 * @param target        年度指标值 of a quantitative indicator (never negative), null for a qualitative one
 * @param unitOfMeasure 计量单位 (个, %, 元/平方米), null when none
 * @param weight        the indicator's own weight (权重/分值) in the goal, null when the goal gave none;
 *                      see {@link WeightTemplate#allocate} for how it is used
 */
public record EvaluatedIndicator(UUID id, String level1Code, String level2Code, String name,
                                 IndicatorValueType valueType, Comparator comparator, BigDecimal target,
                                 String unitOfMeasure, BigDecimal weight) {

    public static final int CODE_MAX_LENGTH = 50;
    public static final int NAME_MAX_LENGTH = 200;
    public static final int UNIT_MAX_LENGTH = 20;

    public EvaluatedIndicator {
        Objects.requireNonNull(id, "id");
        level1Code = Texts.required("level1Code", level1Code, CODE_MAX_LENGTH);
        level2Code = Texts.required("level2Code", level2Code, CODE_MAX_LENGTH);
        name = Texts.required("name", name, NAME_MAX_LENGTH);
        Objects.requireNonNull(valueType, "valueType");
        unitOfMeasure = unitOfMeasure == null || unitOfMeasure.isBlank() ? null
                : Texts.required("unitOfMeasure", unitOfMeasure, UNIT_MAX_LENGTH);
        if (valueType == IndicatorValueType.QUANTITATIVE) {
            if (comparator == null || target == null) {
                throw new InvalidValueException("EVALUATED_INDICATOR_TARGET_REQUIRED", Map.of("indicator", name));
            }
            if (target.signum() < 0) {
                throw new InvalidValueException("target", "EVALUATED_INDICATOR_VALUE_NEGATIVE",
                        Map.of("indicator", name, "value", target.toPlainString()));
            }
        } else if (comparator != null || target != null) {
            // A qualitative indicator is judged in tiers; a number here would be silently ignored.
            throw new InvalidValueException("EVALUATED_INDICATOR_QUALITATIVE_WITH_TARGET", Map.of("indicator", name));
        }
        if (weight != null && weight.signum() <= 0) {
            throw new InvalidValueException("weight", "EVALUATED_INDICATOR_WEIGHT_NOT_POSITIVE",
                    Map.of("indicator", name, "weight", weight.toPlainString()));
        }
    }

    public static EvaluatedIndicator quantitative(UUID id, String level1Code, String level2Code, String name,
                                                  Comparator comparator, BigDecimal target, String unitOfMeasure,
                                                  BigDecimal weight) {
        return new EvaluatedIndicator(id, level1Code, level2Code, name, IndicatorValueType.QUANTITATIVE,
                comparator, target, unitOfMeasure, weight);
    }

    public static EvaluatedIndicator qualitative(UUID id, String level1Code, String level2Code, String name,
                                                 BigDecimal weight) {
        return new EvaluatedIndicator(id, level1Code, level2Code, name, IndicatorValueType.QUALITATIVE,
                null, null, null, weight);
    }

    /**
     * A goal version's indicators as a snapshot: at least one, each id once. Monitoring reports and
     * self-evaluations take their snapshot through here.
     */
    public static List<EvaluatedIndicator> checkedSnapshot(List<EvaluatedIndicator> indicators) {
        if (indicators == null || indicators.isEmpty()) {
            throw new InvalidValueException("indicators", "EVALUATED_INDICATORS_EMPTY", Map.of());
        }
        Set<UUID> ids = new HashSet<>();
        for (EvaluatedIndicator indicator : indicators) {
            if (!ids.add(indicator.id())) {
                throw new InvalidValueException("indicators", "EVALUATED_INDICATOR_DUPLICATE",
                        Map.of("indicatorId", indicator.id().toString(), "indicator", indicator.name()));
            }
        }
        return List.copyOf(indicators);
    }

    public boolean isQuantitative() {
        return valueType == IndicatorValueType.QUANTITATIVE;
    }

    public boolean hasWeight() {
        return weight != null;
    }
}
