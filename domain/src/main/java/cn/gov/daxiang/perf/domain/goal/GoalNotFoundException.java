package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

public class GoalNotFoundException extends NotFoundException {

    public GoalNotFoundException(GoalId id) {
        super("GOAL_NOT_FOUND", Map.of("goalId", id.toString()));
    }

    /** A version number the goal does not have. */
    public GoalNotFoundException(GoalId id, int version) {
        super("GOAL_VERSION_NOT_FOUND", Map.of("goalId", id.toString(), "version", version));
    }
}
