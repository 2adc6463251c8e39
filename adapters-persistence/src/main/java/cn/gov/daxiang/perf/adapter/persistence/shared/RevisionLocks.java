package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.function.ToLongFunction;

/**
 * Optimistic concurrency made exact: before anything of an aggregate changes, its root row is read again under a
 * row lock and its revision compared with the one the caller changed. Two writers of one aggregate queue on that
 * lock; the later one reads the earlier one's committed revision and is refused with 412 before it touches a child
 * row, so a race never ends in a half-applied change, a constraint failure in the children or a lost update.
 */
public final class RevisionLocks {

    private RevisionLocks() {
    }

    /**
     * Locks {@code root} (a managed entity) and checks that its revision is still {@code expected}.
     *
     * @throws StaleRevisionException when another transaction changed the aggregate since the caller read it
     */
    public static <E> void lockForChange(EntityManager em, E root, ToLongFunction<E> revision, long expected,
                                         String objectType, String objectId) {
        em.refresh(root, LockModeType.PESSIMISTIC_WRITE);
        long current = revision.applyAsLong(root);
        if (current != expected) {
            throw new StaleRevisionException(objectType, objectId, expected, current);
        }
    }
}
