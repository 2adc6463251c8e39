package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.application.sync.SyncLease;
import cn.gov.daxiang.perf.application.sync.SyncLeaseClaim;

import java.util.Optional;

/**
 * The sync lease shared by all nodes. Implementations decide atomically in the database, with {@link SyncLeaseClaim}'s
 * rule as the condition, so that two nodes asking at the same moment cannot both get it; every call joins the
 * caller's transaction.
 */
public interface SyncLeaseStore {

    /** Grants the claim if it {@link SyncLeaseClaim#takes takes} the stored lease. */
    boolean tryAcquire(SyncLeaseClaim claim);

    /** Extends the lease if the claim {@link SyncLeaseClaim#renews renews} it; false when it expired and was (or may be) taken over. */
    boolean renew(SyncLeaseClaim claim);

    /** Frees the lease if {@code holder} holds it. */
    void release(String name, String holder);

    Optional<SyncLease> find(String name);
}
