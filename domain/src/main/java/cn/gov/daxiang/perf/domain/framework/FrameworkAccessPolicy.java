package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;

/** Frameworks are reference data everybody authenticated may read; only finance administration publishes versions. */
public final class FrameworkAccessPolicy {

    private FrameworkAccessPolicy() {
    }

    public static void requirePublisher(Actor actor, String operation) {
        if (!actor.has(Role.FINANCE_ADMIN)) {
            throw new AccessDeniedException(operation);
        }
    }
}
