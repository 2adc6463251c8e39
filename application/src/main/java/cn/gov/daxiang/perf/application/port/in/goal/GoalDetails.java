package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;

import java.util.Optional;

/**
 * A goal as stored: the aggregate, its revision (for optimistic concurrency: the ETag a change must name)
 * and the agency its review is assigned to, if any. Services use it among themselves; what they hand to an adapter
 * is its view for the caller ({@code VisibleGoals#view}), whose allowed actions depend on who asks.
 */
public record GoalDetails(PerformanceGoal goal, long revision, AgencyId reviewAgency) {

    public Optional<AgencyId> reviewAgencyIfAny() {
        return Optional.ofNullable(reviewAgency);
    }
}
