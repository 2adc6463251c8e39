package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which rectifications a list should hold; every criterion is optional (null). {@code overdue} asks for the items
 * overdue (true) or not overdue (false) on {@code today}, the district's day the list is read on, by the rule of
 * {@link Rectification#overdueOn}: the unit still owes it and {@code deadline < today}.
 */
public record RectificationCriteria(UUID evaluationId, ProjectCode projectCode, UnitCode unitCode, RectificationState state,
                                    Boolean overdue, FiscalYear evaluationYear, LocalDate today) {

    public RectificationCriteria {
        Objects.requireNonNull(today, "today");
    }

    public static RectificationCriteria any(LocalDate today) {
        return new RectificationCriteria(null, null, null, null, null, null, today);
    }

    public Optional<UUID> evaluationFilter() {
        return Optional.ofNullable(evaluationId);
    }

    public Optional<ProjectCode> projectCodeFilter() {
        return Optional.ofNullable(projectCode);
    }

    public Optional<UnitCode> unitCodeFilter() {
        return Optional.ofNullable(unitCode);
    }

    public Optional<RectificationState> stateFilter() {
        return Optional.ofNullable(state);
    }

    public Optional<Boolean> overdueFilter() {
        return Optional.ofNullable(overdue);
    }

    public Optional<FiscalYear> evaluationYearFilter() {
        return Optional.ofNullable(evaluationYear);
    }

    /** The rule itself, for stores that filter in memory and for checking those that query. */
    public boolean matches(Rectification item) {
        return evaluationFilter().map(item.getSource().evaluationId()::equals).orElse(true)
                && projectCodeFilter().map(p -> item.getProjectCode().filter(p::equals).isPresent()).orElse(true)
                && unitCodeFilter().map(item.getResponsibleUnit()::equals).orElse(true)
                && stateFilter().map(s -> s == item.getState()).orElse(true)
                && overdueFilter().map(o -> item.overdueOn(today).overdue() == o).orElse(true)
                && evaluationYearFilter().map(item.getEvaluationYear()::equals).orElse(true);
    }
}
