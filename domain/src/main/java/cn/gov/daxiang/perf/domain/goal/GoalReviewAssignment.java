package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.access.AgencyId;

import java.time.Instant;
import java.util.Objects;

/**
 * The finance bureau asks a third-party agency to check a goal (第三方机构质量把控): the agency's evaluators
 * may then see that goal, and only that.
 */
public record GoalReviewAssignment(GoalId goalId, AgencyId agency, String assignedBy, Instant assignedAt) {

    public GoalReviewAssignment {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
