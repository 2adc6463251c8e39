package cn.gov.daxiang.perf.domain.access;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may see and do what (DESIGN.md §5). Use cases apply it: an operation the actor's roles do not
 * allow is refused (403); data outside the actor's scope is filtered out of lists and answers 404 when
 * asked for by key, so that nobody learns what exists in another unit.
 */
public final class AccessPolicy {

    /** Roles that see every unit's data. */
    private static final Set<Role> DISTRICT_WIDE = EnumSet.of(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER, Role.AUDITOR, Role.SYNC);

    private AccessPolicy() {
    }

    /**
     * The units whose reference data (units, projects) and unit-owned records the actor may read.
     *
     * @param subordinatesOf the units a department supervises (looked up only for department reviewers)
     */
    public static DataScope readScope(Actor actor, Function<UnitCode, Collection<UnitCode>> subordinatesOf) {
        if (actor.hasAny(DISTRICT_WIDE)) {
            return DataScope.all();
        }
        Set<UnitCode> units = new HashSet<>();
        if (actor.has(Role.UNIT_OPERATOR) || actor.has(Role.DEPT_REVIEWER)) {
            units.add(actor.unit());
        }
        if (actor.has(Role.DEPT_REVIEWER)) {
            units.addAll(subordinatesOf.apply(actor.unit()));
        }
        // EVALUATOR: no unit data. An evaluator sees the key evaluations commissioned to its agency (and their
        // objects' figures through them), never another agency's nor one before commissioning: KeyEvaluationAccessPolicy.
        return DataScope.of(units);
    }

    /** Refuses unless the actor holds one of {@code allowed}. */
    public static void require(Actor actor, String operation, Role... allowed) {
        Set<Role> wanted = allowed.length == 0 ? Set.of() : EnumSet.of(allowed[0], allowed);
        if (!actor.hasAny(wanted)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Taking over reference data from the province: the sync, or finance administration by hand. */
    public static void requireReferenceDataImport(Actor actor) {
        require(actor, "import-reference-data", Role.SYNC, Role.FINANCE_ADMIN);
    }

    /**
     * The provincial synchronisation: its runs, outbox, dead letters and conflict log. Finance administration and
     * the sync itself; nobody else, whatever their scope.
     */
    public static void requireSyncOperator(Actor actor) {
        require(actor, "operate-provincial-sync", Role.FINANCE_ADMIN, Role.SYNC);
    }

    /** The audit trail: finance administration and auditors only. */
    public static void requireAuditTrailReader(Actor actor) {
        require(actor, "read-audit-trail", Role.FINANCE_ADMIN, Role.AUDITOR);
    }
}
