package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/**
 * Another change to the same data was committed (or is being committed) at the same moment, so this one was not
 * applied at all. Nothing is wrong with the request itself: read the data again and retry (HTTP 409, or 412 when
 * the caller named the revision it changed).
 */
public class ConcurrentChangeException extends DomainException {

    /** What collided, for the log and the problem's arguments. */
    public enum Collision {
        /** The object was changed since it was read (an optimistic-lock failure). */
        REVISION,
        /** A key collided: something with the same unique key was created, or a row it refers to removed, at the same moment. */
        KEY,
        /** The database gave up waiting for, or broke, a lock cycle (deadlock, lock timeout, serialisation). */
        CONTENTION
    }

    private final Collision collision;

    public ConcurrentChangeException(Collision collision) {
        super("CONCURRENT_CHANGE", Map.of("collision", collision.name()));
        this.collision = collision;
    }

    public Collision collision() {
        return collision;
    }
}
