package cn.gov.daxiang.perf.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One indicator's line of a score sheet.
 *
 * @param weight the 分值 the indicator was scored against (its share of its group's template weight)
 * @param score  得分, between 0 and {@code weight}
 * @param met    whether the indicator reached its target: a reason (偏差原因) is owed when it did not
 */
public record IndicatorScore(UUID indicatorId, BigDecimal weight, Score score, boolean met) {

    public IndicatorScore {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
    }
}
