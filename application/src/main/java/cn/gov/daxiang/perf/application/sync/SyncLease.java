package cn.gov.daxiang.perf.application.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * The right to run the sync, shared by every node through one row of the database: at most one holder at a
 * time, for a limited time. The holder renews it as it goes (every page); a holder that dies simply stops
 * renewing, and once the lease has expired another may take it. A holder whose lease was taken over may not
 * renew it again, so it can no longer apply anything (fencing). Who may take or renew it is {@link SyncLeaseClaim}'s
 * rule, the one the store's conditional update runs.
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

    /** Held by someone whose time has not run out at {@code now} (the expiry itself is already past it). */
    public boolean isHeldAt(Instant now) {
        return holder != null && now.isBefore(expiresAt);
    }

    /** Free again if {@code candidate} held it; unchanged otherwise (a fenced-off run cannot free its successor's lease). */
    public SyncLease releasedBy(String candidate) {
        return candidate.equals(holder) ? free(name) : this;
    }
}
