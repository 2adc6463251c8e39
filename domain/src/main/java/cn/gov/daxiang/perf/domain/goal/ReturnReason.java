package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.Optional;

/**
 * Why a reviewer sends a goal back (退回原因), about the goal as a whole or about one indicator, so
 * that the unit sees the remark next to the row it concerns.
 *
 * @param indicatorId the indicator concerned; null for the goal as a whole
 */
public record ReturnReason(IndicatorId indicatorId, String text) {

    public static final int TEXT_MAX_LENGTH = 1000;

    public ReturnReason {
        text = Texts.required("reason", text, TEXT_MAX_LENGTH);
    }

    public static ReturnReason forGoal(String text) {
        return new ReturnReason(null, text);
    }

    public static ReturnReason forIndicator(IndicatorId indicatorId, String text) {
        return new ReturnReason(indicatorId, text);
    }

    public Optional<IndicatorId> indicator() {
        return Optional.ofNullable(indicatorId);
    }
}
