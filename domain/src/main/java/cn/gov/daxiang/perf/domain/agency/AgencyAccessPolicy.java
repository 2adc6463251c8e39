package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;

import java.util.Set;

/**
 * Who may see and manage agencies (第三方机构). Finance manages them (FINANCE_ADMIN changes; FINANCE_REVIEWER and
 * AUDITOR read them all); an EVALUATOR sees its own agency only (others answer "not found"); units and departments
 * have no business with the register (403).
 */
public final class AgencyAccessPolicy {

    private static final Set<Role> READERS = Set.of(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER, Role.AUDITOR);

    private AgencyAccessPolicy() {
    }

    /** Listing or reading agencies at all. */
    public static void requireReader(Actor actor, String operation) {
        if (!actor.hasAny(READERS) && !actor.has(Role.EVALUATOR)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Whether the actor sees this agency (asked after {@link #requireReader}). */
    public static boolean canSee(Actor actor, AgencyId agency) {
        return actor.hasAny(READERS) || (actor.has(Role.EVALUATOR) && agency.equals(actor.agency()));
    }

    /** Registering, revising, appointing and removing evaluators: finance administration only. */
    public static void requireManager(Actor actor, String operation) {
        if (!actor.has(Role.FINANCE_ADMIN)) {
            throw new AccessDeniedException(operation);
        }
    }
}
