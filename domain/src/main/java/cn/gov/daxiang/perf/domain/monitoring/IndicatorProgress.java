package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.scoring.ScoringEngine;
import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One indicator's line of a monitoring report (绩效目标实现情况). A quantitative indicator reports its
 * actual to date and the value projected for the year end; a qualitative one the tier it is projected
 * to reach. The unit also judges the likelihood of completion and, when the indicator is projected off
 * track, owes the deviation reason (偏差原因) and the corrective measure (纠偏措施).
 *
 * @param actualToDate     截至目前完成值 (quantitative), null for a qualitative indicator
 * @param projectedYearEnd 全年预计完成值 (quantitative), null for a qualitative indicator
 * @param projectedTier    the tier a qualitative indicator is projected to reach, null for a quantitative one
 */
public record IndicatorProgress(UUID indicatorId, BigDecimal actualToDate, BigDecimal projectedYearEnd,
                                QualitativeTier projectedTier, Likelihood likelihood,
                                String deviationReason, String correctiveMeasure) {

    public static final int TEXT_MAX_LENGTH = 2000;

    public IndicatorProgress {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(likelihood, "likelihood");
        actualToDate = quantity("actualToDate", actualToDate);
        projectedYearEnd = quantity("projectedYearEnd", projectedYearEnd);
        deviationReason = optionalText("deviationReason", deviationReason);
        correctiveMeasure = optionalText("correctiveMeasure", correctiveMeasure);
    }

    public static IndicatorProgress quantitative(UUID indicatorId, BigDecimal actualToDate, BigDecimal projectedYearEnd,
                                                 Likelihood likelihood) {
        return new IndicatorProgress(indicatorId, actualToDate, projectedYearEnd, null, likelihood, null, null);
    }

    public static IndicatorProgress qualitative(UUID indicatorId, QualitativeTier projectedTier, Likelihood likelihood) {
        return new IndicatorProgress(indicatorId, null, null, projectedTier, likelihood, null, null);
    }

    public IndicatorProgress explained(String reason, String measure) {
        return new IndicatorProgress(indicatorId, actualToDate, projectedYearEnd, projectedTier, likelihood, reason, measure);
    }

    /** Whether the line has what its indicator's kind needs: numbers for quantitative, a tier for qualitative. */
    boolean fits(EvaluatedIndicator indicator) {
        return indicator.isQuantitative()
                ? actualToDate != null && projectedYearEnd != null && projectedTier == null
                : actualToDate == null && projectedYearEnd == null && projectedTier != null;
    }

    /** Whether the year-end projection reaches the target (qualitative: the ACHIEVED tier). */
    boolean projectedToMeet(EvaluatedIndicator indicator) {
        return indicator.isQuantitative()
                ? ScoringEngine.meets(indicator.comparator(), indicator.target(), projectedYearEnd)
                : projectedTier == QualitativeTier.ACHIEVED;
    }

    /** Off track: projected to miss the target, or judged impossible to complete whatever the projection says. */
    public boolean isOffTrack(EvaluatedIndicator indicator) {
        return likelihood == Likelihood.IMPOSSIBLE || !projectedToMeet(indicator);
    }

    public boolean isExplained() {
        return deviationReason != null && correctiveMeasure != null;
    }

    /** Not negative, and a {@link DecimalRule#QUANTITY} like the target it is compared with. */
    private static BigDecimal quantity(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidValueException(field, "MONITORING_VALUE_NEGATIVE", Map.of("field", field, "value", DecimalRule.shown(value)));
        }
        return DecimalRule.QUANTITY.checkOptional(field, value);
    }

    private static String optionalText(String field, String text) {
        return text == null || text.isBlank() ? null : Texts.required(field, text, TEXT_MAX_LENGTH);
    }
}
