package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance asked a third-party agency to check a goal; the agency's evaluators may see it from now on. */
public record GoalReviewAssigned(GoalReviewAssignment assignment) implements DomainEvent {

    public GoalReviewAssigned {
        Objects.requireNonNull(assignment, "assignment");
    }

    @Override
    public String action() {
        return "assign_review";
    }
}
