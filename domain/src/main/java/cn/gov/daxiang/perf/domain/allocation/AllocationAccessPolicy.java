package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;

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
