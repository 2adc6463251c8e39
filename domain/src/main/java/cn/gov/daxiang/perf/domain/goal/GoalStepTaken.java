package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Locale;
import java.util.Objects;

/**
 * A step of a goal version's lifecycle was taken (edited, submitted, reviewed, returned, published, an adjustment
 * opened, ...). Approval has its own event, {@link GoalApproved}, since it carries the approved content on.
 */
public record GoalStepTaken(GoalId goalId, int version, GoalAction step) implements DomainEvent {

    public GoalStepTaken {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(step, "step");
        if (step == GoalAction.APPROVE) {
            throw new IllegalArgumentException("approval is a GoalApproved event");
        }
    }

    @Override
    public String action() {
        return step.name().toLowerCase(Locale.ROOT);
    }
}
