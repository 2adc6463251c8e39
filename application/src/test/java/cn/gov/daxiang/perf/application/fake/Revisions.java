package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;

import java.util.HashMap;
import java.util.Map;

/**
 * The revision check of the JPA adapters (RevisionLocks): a change names the revision it was made from; when the
 * stored one moved on, nothing changes and the caller gets the same {@link StaleRevisionException}.
 */
final class Revisions<K> {

    private final String objectType;
    private final Map<K, Long> current = new HashMap<>();

    Revisions(String objectType) {
        this.objectType = objectType;
    }

    /** A new object starts at revision 0, as a freshly inserted row does. */
    long added(K key) {
        current.put(key, 0L);
        return 0L;
    }

    long of(K key) {
        Long revision = current.get(key);
        if (revision == null) {
            throw new IllegalStateException(objectType + " " + key + " was never stored");
        }
        return revision;
    }

    /** Checks {@code expected} against the stored revision without changing it (the row lock's check). */
    void require(K key, long expected) {
        long stored = of(key);
        if (stored != expected) {
            throw new StaleRevisionException(objectType, String.valueOf(key), expected, stored);
        }
    }

    void forget(K key) {
        current.remove(key);
    }

    /** Checks {@code expected} against the stored revision and moves it on by one; returns the new revision. */
    long change(K key, long expected) {
        require(key, expected);
        current.put(key, expected + 1);
        return expected + 1;
    }
}
