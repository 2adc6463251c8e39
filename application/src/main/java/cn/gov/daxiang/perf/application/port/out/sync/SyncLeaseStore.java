package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.domain.sync.SyncLease;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sync lease shared by all nodes (see {@link SyncLease} for the rules). Implementations decide atomically in
 * the database, so that two nodes asking at the same moment cannot both get it; every call joins the caller's
 * transaction.
 */
public interface SyncLeaseStore {

    /** Takes the lease for {@code holder} if it is free, expired or already theirs. */
    boolean tryAcquire(String name, String holder, Instant now, Duration ttl);

    /** Extends the lease if {@code holder} still holds it; false when it expired and was (or may be) taken over. */
    boolean renew(String name, String holder, Instant now, Duration ttl);

    void release(String name, String holder);

    Optional<SyncLease> find(String name);
}
