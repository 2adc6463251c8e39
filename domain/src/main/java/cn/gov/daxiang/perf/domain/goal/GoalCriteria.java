package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/** Which goals a list should hold; every criterion is optional (null). Status is the current version's. */
public record GoalCriteria(FiscalYear fiscalYear, UnitCode unitCode, GoalKind kind, GoalStatus status, ProjectCode projectCode) {

    public static GoalCriteria any() {
        return new GoalCriteria(null, null, null, null, null);
    }

    public Optional<FiscalYear> fiscalYearFilter() {
        return Optional.ofNullable(fiscalYear);
    }

    public Optional<UnitCode> unitCodeFilter() {
        return Optional.ofNullable(unitCode);
    }

    public Optional<GoalKind> kindFilter() {
        return Optional.ofNullable(kind);
    }

    public Optional<GoalStatus> statusFilter() {
        return Optional.ofNullable(status);
    }

    public Optional<ProjectCode> projectCodeFilter() {
        return Optional.ofNullable(projectCode);
    }
}
