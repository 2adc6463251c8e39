package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;

import java.util.Set;

/**
 * Budget arrangements are finance's proposals: finance (FINANCE_REVIEWER, FINANCE_ADMIN) sets and revises them;
 * whoever may see the project (its unit, its department, finance, auditors) reads them; nobody else sees them.
 */
public final class ArrangementAccessPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN);

    private ArrangementAccessPolicy() {
    }

    public static void requireFinance(Actor actor, String operation) {
        if (!actor.hasAny(FINANCE)) {
            throw new AccessDeniedException(operation);
        }
    }
}
