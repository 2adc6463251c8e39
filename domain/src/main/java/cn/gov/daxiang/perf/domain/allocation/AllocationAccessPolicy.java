package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;

import java.util.List;
import java.util.Set;

/**
 * Result application is finance's: FINANCE_REVIEWER and FINANCE_ADMIN propose, confirm and override decisions;
 * publishing a policy version is FINANCE_ADMIN's. Units read the decisions about their own objects, department
 * reviewers their units', auditors (and the sync) all, read-only; a decision outside the caller's units is "not found".
 * The policy itself is district-wide reference data every authenticated caller reads.
 */
public final class AllocationAccessPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN);

    private AllocationAccessPolicy() {
    }

    public static boolean canSee(AllocationDecision decision, DataScope readScope) {
        return readScope.includes(decision.getObject().unitCode());
    }

    /**
     * Whether {@code actor} may take {@code action} on a decision (its state aside): confirming and overriding are
     * finance's. The service checks this rule and the answers offer by it, so what is offered is what is permitted.
     */
    public static boolean permits(Actor actor, AllocationDecisionAction action) {
        return switch (action) {
            case CONFIRM, OVERRIDE -> actor.hasAny(FINANCE);
        };
    }

    public static void require(Actor actor, AllocationDecisionAction action, String operation) {
        if (!permits(actor, action)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** What {@code actor} may do to {@code decision} now: what its state allows and the actor is permitted. */
    public static List<AllocationDecisionAction> offered(Actor actor, AllocationDecision decision) {
        return decision.getAllowedActions().stream().filter(a -> permits(actor, a)).toList();
    }

    public static void requireFinance(Actor actor, String operation) {
        if (!actor.hasAny(FINANCE)) {
            throw new AccessDeniedException(operation);
        }
    }

    public static void requirePolicyPublisher(Actor actor, String operation) {
        if (!actor.has(Role.FINANCE_ADMIN)) {
            throw new AccessDeniedException(operation);
        }
    }
}
