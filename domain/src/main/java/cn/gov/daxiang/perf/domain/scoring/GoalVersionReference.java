package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The approved goal version (绩效目标, 批复版本) a monitoring report or an evaluation was made from, as
 * plain values: this model never loads goals, it holds a {@link EvaluatedIndicator snapshot} of them.
 */
public record GoalVersionReference(UUID goalId, int version) {

    public GoalVersionReference {
        Objects.requireNonNull(goalId, "goalId");
        if (version < 1) {
            throw new InvalidValueException("GOAL_VERSION_INVALID", Map.of("version", version));
        }
    }

    public static GoalVersionReference of(UUID goalId, int version) {
        return new GoalVersionReference(goalId, version);
    }

    @Override
    public String toString() {
        return goalId + " v" + version;
    }
}
