package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal version was approved (批复) together with the budget: the first declaration, or an adjustment (调整) when
 * {@code version > 1}. It carries the approved content, the goal monitoring and evaluation now work against, since
 * the province must hold the same goal.
 *
 * @param projectCode null for a department's overall goal
 * @param auditGrade  the finance bureau's grade of the version; null when none was given
 */
public record GoalApproved(GoalId goalId, GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode, ProjectCode projectCode,
                           int version, AuditGrade auditGrade, Instant approvedAt, GoalContent content) implements DomainEvent {

    public GoalApproved {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(content, "content");
        if (version < 1) {
            throw new IllegalArgumentException("version " + version);
        }
    }

    /** An approved version other than the first is an adjustment. */
    public boolean isAdjustment() {
        return version > 1;
    }

    public Optional<ProjectCode> projectCodeIfAny() {
        return Optional.ofNullable(projectCode);
    }

    @Override
    public String action() {
        return "approve";
    }
}
