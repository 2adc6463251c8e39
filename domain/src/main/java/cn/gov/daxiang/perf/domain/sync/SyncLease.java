package cn.gov.daxiang.perf.domain.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The right to run the sync, shared by every node through one row of the database: at most one holder at a
 * time, for a limited time. The holder renews it as it goes (every page); a holder that dies simply stops
 * renewing, and once the lease has expired another may take it. A holder whose lease was taken over may not
 * renew it again, so it can no longer apply anything (fencing).
 *
 * @param holder    who holds it (a run id), or null when free
 * @param expiresAt until when the holder holds it, or null when free
 */
public record SyncLease(String name, String holder, Instant expiresAt) {

    public static final String PROVINCIAL_SYNC = "provincial-sync";

    public SyncLease {
        Objects.requireNonNull(name, "name");
        if ((holder == null) != (expiresAt == null)) {
            throw new IllegalArgumentException("a lease has both a holder and an expiry, or neither");
        }
    }

    public static SyncLease free(String name) {
        return new SyncLease(name, null, null);
    }

    /** Held by someone whose time has not run out at {@code now}. */
    public boolean isHeldAt(Instant now) {
        return holder != null && now.isBefore(expiresAt);
    }

    /** Whether {@code candidate} may take (or keep) the lease at {@code now}: it is free, expired, or already theirs. */
    public boolean isAvailableTo(String candidate, Instant now) {
        return !isHeldAt(now) || holder.equals(candidate);
    }

    /** Whether {@code candidate} may renew it: only its current holder, and only before it expired. */
    public boolean isRenewableBy(String candidate, Instant now) {
        return candidate.equals(holder) && isHeldAt(now);
    }

    /** The lease taken by {@code candidate} for {@code ttl}; refused while someone else holds it. */
    public SyncLease takenBy(String candidate, Instant now, Duration ttl) {
        if (!isAvailableTo(candidate, now)) {
            throw new SyncRunInProgressException();
        }
        return new SyncLease(name, candidate, now.plus(requirePositive(ttl)));
    }

    public SyncLease releasedBy(String candidate) {
        return candidate.equals(holder) ? free(name) : this;
    }

    private static Duration requirePositive(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("lease time must be positive: " + ttl);
        }
        return ttl;
    }
}
