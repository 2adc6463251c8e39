package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/** Which projects a list should hold. Every criterion is optional (null); an absent one matches all. */
public record ProjectCriteria(FiscalYear fiscalYear, UnitCode unitCode, ProjectCategory category, ProjectKind kind) {

    public static ProjectCriteria any() {
        return new ProjectCriteria(null, null, null, null);
    }

    public Optional<FiscalYear> fiscalYearFilter() {
        return Optional.ofNullable(fiscalYear);
    }

    public Optional<UnitCode> unitCodeFilter() {
        return Optional.ofNullable(unitCode);
    }

    public Optional<ProjectCategory> categoryFilter() {
        return Optional.ofNullable(category);
    }

    public Optional<ProjectKind> kindFilter() {
        return Optional.ofNullable(kind);
    }
}
