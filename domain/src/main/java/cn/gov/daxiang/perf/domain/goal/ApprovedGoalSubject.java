package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Objects;
import java.util.Optional;

/**
 * What an approved goal is about, as coverage counts it.
 *
 * @param projectCode null for a department-overall goal
 */
public record ApprovedGoalSubject(FiscalYear fiscalYear, GoalKind kind, UnitCode unitCode, ProjectCode projectCode) {

    public ApprovedGoalSubject {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitCode, "unitCode");
    }

    /** The goal's subject, if the goal has an approved version; a goal still under review covers nothing. */
    public static Optional<ApprovedGoalSubject> of(PerformanceGoal goal) {
        if (!goal.hasApprovedVersion()) {
            return Optional.empty();
        }
        return Optional.of(new ApprovedGoalSubject(goal.getFiscalYear(), goal.getKind(), goal.getUnitCode(),
                goal.getProjectCode().orElse(null)));
    }
}
