package cn.gov.daxiang.perf.domain.indicator;

import java.math.BigDecimal;

/**
 * The fields of a level-3 indicator as suggested to a unit, before it has an identity in a goal. Targets
 * are only hints (from an approved goal of a similar project); the unit sets its own.
 */
public record IndicatorProposal(String level1, String level2, String name, ValueType valueType,
                                Comparator comparator, BigDecimal targetValue, String targetText,
                                String unitOfMeasure, String explanation, String scoringRule) {

    public static IndicatorProposal of(Indicator indicator) {
        return new IndicatorProposal(indicator.level1(), indicator.level2(), indicator.name(), indicator.valueType(),
                indicator.comparator(), indicator.targetValue(), indicator.targetText(), indicator.unitOfMeasure(),
                indicator.explanation(), indicator.scoringRule());
    }

    /** The indicator a unit gets when it accepts the proposal as it stands. */
    public Indicator toIndicator(IndicatorId id) {
        return new Indicator(id, level1, level2, name, valueType, comparator, targetValue, targetText, unitOfMeasure,
                null, explanation, scoringRule);
    }
}
