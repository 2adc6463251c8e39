package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalActionPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalNotFoundException;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal as callers read it (the read model of the goal queries and of the goal use cases' answers): what it is
 * about, every version in full, what may be done next, its revision (the ETag a change must name) and the agency
 * its review is assigned to. Immutable values only, so a reader holds no aggregate whose methods it could call.
 *
 * @param projectCode           null for a department's overall goal
 * @param upperLevelGoal        null unless a transfer-payment goal
 * @param allowedActions        what the caller may do next to the current version (its state allows it and the
 *                              caller's role and unit permit it: {@link GoalActionPolicy})
 * @param unitName              the unit's name, as a table shows it (null if the unit is not on record)
 * @param projectName           the project's name, null for an overall goal
 * @param latestApprovedVersion the number of the newest approved (or published) version, null before the first
 * @param reviewAgency          null while no agency is assigned
 * @param versions              oldest first; the last is the current one
 */
public record GoalView(GoalId id, GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode, ProjectCode projectCode,
                       UpperLevelGoalReference upperLevelGoal, long revision, GoalStatus status,
                       List<GoalAction> allowedActions, Integer latestApprovedVersion, AgencyId reviewAgency,
                       List<GoalVersionView> versions, String unitName, String projectName) {

    public GoalView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(status, "status");
        allowedActions = List.copyOf(allowedActions);
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("goal " + id + " has no version");
        }
    }

    /** The goal as it is now, read once, for the caller who is offered {@code allowedActions}. */
    public static GoalView of(PerformanceGoal goal, long revision, AgencyId reviewAgency, List<GoalAction> allowedActions,
                              String unitName, String projectName) {
        return new GoalView(goal.getId(), goal.getKind(), goal.getFiscalYear(), goal.getUnitCode(),
                goal.getProjectCode().orElse(null), goal.getUpperLevelGoal().orElse(null), revision, goal.getStatus(),
                allowedActions, goal.latestApprovedVersion().map(GoalVersion::getNumber).orElse(null), reviewAgency,
                goal.getVersions().stream().map(GoalVersionView::of).toList(), unitName, projectName);
    }

    /** The newest version, whatever its status. */
    public GoalVersionView currentVersion() {
        return versions.get(versions.size() - 1);
    }

    /** One version by its number; every version stays readable, and an unknown number is not found. */
    public GoalVersionView version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new GoalNotFoundException(id, number);
        }
        return versions.get(number - 1);
    }

    public Optional<ProjectCode> projectCodeIfAny() {
        return Optional.ofNullable(projectCode);
    }

    public Optional<UpperLevelGoalReference> upperLevelGoalIfAny() {
        return Optional.ofNullable(upperLevelGoal);
    }

    public Optional<Integer> latestApprovedVersionIfAny() {
        return Optional.ofNullable(latestApprovedVersion);
    }

    public Optional<AgencyId> reviewAgencyIfAny() {
        return Optional.ofNullable(reviewAgency);
    }
}
