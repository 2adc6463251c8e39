package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/**
 * The caller changed an object from a revision that is no longer the current one (someone else changed
 * it in between): nothing is changed, and the caller must read it again (HTTP 412).
 */
public class StaleRevisionException extends DomainException {

    public StaleRevisionException(String objectType, String objectId, long expected, long current) {
        super("REVISION_STALE", Map.of("objectType", objectType, "objectId", objectId, "expected", expected, "current", current));
    }
}
