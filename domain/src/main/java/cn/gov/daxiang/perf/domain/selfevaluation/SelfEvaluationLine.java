package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.scoring.Achievement;

import java.util.Objects;
import java.util.UUID;

/**
 * What the unit entered for one indicator: the achievement (完成值 or tier) and the deviation reason
 * (偏差原因分析及改进措施). Either may still be missing in a draft.
 */
public record SelfEvaluationLine(UUID indicatorId, Achievement achievement, String deviationReason) {

    public SelfEvaluationLine {
        Objects.requireNonNull(indicatorId, "indicatorId");
    }
}
