package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides which provincial changes conflict with local state (docs/provincial-api.md §7). Everything else is
 * taken over as the province sends it: names, amounts, categories, kinds, a unit's department, a project moved
 * to another unit while nothing hangs on it here, a unit deactivated with nothing open.
 */
public final class ConflictDetector {

    private ConflictDetector() {
    }

    /**
     * @param local       the unit as the district has it, if it does
     * @param hasOpenWork whether the unit still has projects of this or a later fiscal year or open local work
     * @param unitKnown   whether a unit code exists locally (or earlier in this page)
     */
    public static Optional<ConflictKind> forUnit(Change<BudgetUnit> change, Optional<BudgetUnit> local, boolean hasOpenWork,
                                                 Predicate<UnitCode> unitKnown) {
        if (change.deleted()) {
            return local.isPresent() ? Optional.of(ConflictKind.UNIT_DELETED_UPSTREAM) : Optional.empty();
        }
        BudgetUnit incoming = change.record();
        Optional<UnitCode> department = incoming.getSupervisingDepartment();
        if (department.isPresent() && !unitKnown.test(department.get())) {
            return Optional.of(ConflictKind.REFERENCE_UNRESOLVED);
        }
        if (local.isPresent() && local.get().isActive() && !incoming.isActive() && hasOpenWork) {
            return Optional.of(ConflictKind.UNIT_DEACTIVATED_WITH_OPEN_WORK);
        }
        return Optional.empty();
    }

    /**
     * @param local        the project as the district has it, if it does
     * @param hasLocalWork whether goals, monitoring or evaluations of the district hang on the project
     * @param unitKnown    whether a unit code exists locally
     */
    public static Optional<ConflictKind> forProject(Change<Project> change, Optional<Project> local, boolean hasLocalWork,
                                                    Predicate<UnitCode> unitKnown) {
        if (change.deleted()) {
            return local.isPresent() ? Optional.of(ConflictKind.PROJECT_DELETED_UPSTREAM) : Optional.empty();
        }
        Project incoming = change.record();
        if (!unitKnown.test(incoming.getUnitCode())) {
            return Optional.of(ConflictKind.REFERENCE_UNRESOLVED);
        }
        if (local.isPresent() && !local.get().getUnitCode().equals(incoming.getUnitCode()) && hasLocalWork) {
            return Optional.of(ConflictKind.PROJECT_MOVED_WITH_LOCAL_WORK);
        }
        return Optional.empty();
    }

    /** Execution figures for a project the district does not know cannot be kept anywhere. */
    public static Optional<ConflictKind> forExecution(boolean projectKnown) {
        return projectKnown ? Optional.empty() : Optional.of(ConflictKind.REFERENCE_UNRESOLVED);
    }
}
