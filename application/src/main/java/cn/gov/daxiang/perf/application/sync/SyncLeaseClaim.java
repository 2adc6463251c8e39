package cn.gov.daxiang.perf.application.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A run asking for the lease at {@code now}, for {@code ttl}: the lease rule in one place. It may take the lease when
 * the lease is free, expired, or already its own; it may renew it only while it still holds it (an expired holder is
 * fenced off, since another may have taken the lease meanwhile). Either way it then holds it {@link #until()}.
 *
 * <p>The store decides atomically on its copy of the lease (the database's conditional UPDATE takes its parameters
 * from here and states {@link #takes} and {@link #renews} as its condition); a fake store simply runs these methods.
 * The store's contract tests prove both agree on every case.
 */
public record SyncLeaseClaim(String name, String holder, Instant now, Duration ttl) {

    public SyncLeaseClaim {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("lease time must be positive: " + ttl);
        }
    }

    /** The provincial sync's lease, asked for by a run. */
    public static SyncLeaseClaim forRun(Object runId, Instant now, Duration ttl) {
        return new SyncLeaseClaim(SyncLease.PROVINCIAL_SYNC, runId.toString(), now, ttl);
    }

    /** Whether taking {@code current} is allowed: free, expired at {@link #now}, or already this holder's. */
    public boolean takes(SyncLease current) {
        return current.holder() == null || !current.expiresAt().isAfter(now) || holder.equals(current.holder());
    }

    /** Whether renewing {@code current} is allowed: this holder's, and not expired at {@link #now}. */
    public boolean renews(SyncLease current) {
        return holder.equals(current.holder()) && current.expiresAt().isAfter(now);
    }

    /** Until when a granted claim holds the lease. */
    public Instant until() {
        return now.plus(ttl);
    }

    /** The lease as a granted claim leaves it. */
    public SyncLease granted() {
        return new SyncLease(name, holder, until());
    }
}
