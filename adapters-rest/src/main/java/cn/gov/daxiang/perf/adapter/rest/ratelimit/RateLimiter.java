package cn.gov.daxiang.perf.adapter.rest.ratelimit;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller (OWASP API4: unrestricted resource consumption), in memory, per instance.
 *
 * <p>Memory stays bounded: a bucket idle for {@link RateLimitPolicy#capacityNanos()} is full again, the same as no
 * bucket, so it is dropped (swept at most once per that period, and at most once a second while the table is full). If more than
 * {@code maxCallers} callers are active at once — a flood of addresses — the callers beyond share one overflow bucket,
 * so the flood is limited together instead of growing the table. Forged tokens never get a bucket of their own: they
 * fail authentication first and are keyed by address.
 */
public final class RateLimiter {

    /** The key the callers beyond {@code maxCallers} share. */
    static final String OVERFLOW = "\u0000overflow";

    private static final long SWEEP_WHEN_FULL_NANOS = 1_000_000_000L;

    private final RateLimitPolicy policy;
    private final Ticker ticker;
    private final int maxCallers;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public RateLimiter(RateLimitPolicy policy, Ticker ticker, int maxCallers) {
        if (maxCallers < 1) {
            throw new IllegalArgumentException("perf.rate-limit.max-callers must be at least 1: " + maxCallers);
        }
        this.policy = policy;
        this.ticker = ticker;
        this.maxCallers = maxCallers;
        this.lastSweep = ticker.nanos();
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    /** Takes one request from the caller's bucket, if it has one left. */
    public RateLimitDecision acquire(String caller) {
        long now = ticker.nanos();
        if (now - lastSweep >= policy.capacityNanos()) {
            sweep(now);
        }
        while (true) {
            Bucket bucket = bucketOf(caller, now);
            synchronized (bucket) {
                if (!bucket.retired) {
                    return bucket.take(now, policy);
                }
            }
            // swept between the lookup and the lock: look again
        }
    }

    /** How many callers have a bucket now (for tests and metrics). */
    public int trackedCallers() {
        return buckets.size();
    }

    private Bucket bucketOf(String caller, long now) {
        Bucket bucket = buckets.get(caller);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxCallers) {
            if (now - lastSweep >= SWEEP_WHEN_FULL_NANOS) {
                // at most once a second: a flood must not make every request walk the whole table
                sweep(now);
            }
            if (buckets.size() >= maxCallers) {
                return buckets.computeIfAbsent(OVERFLOW, k -> new Bucket(now, policy));
            }
        }
        return buckets.computeIfAbsent(caller, k -> new Bucket(now, policy));
    }

    /** Drops the buckets that are full again: forgetting them changes no answer. */
    void sweep(long now) {
        lastSweep = now;
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next().getValue();
            synchronized (bucket) {
                if (bucket.creditAt(now, policy) >= policy.capacityNanos()) {
                    bucket.retired = true;
                    it.remove();
                }
            }
        }
    }

    /** Credit in nanoseconds (see {@link RateLimitPolicy}); guarded by its own monitor. */
    private static final class Bucket {

        private long credit;
        private long updated;
        private boolean retired;

        Bucket(long now, RateLimitPolicy policy) {
            this.credit = policy.capacityNanos();
            this.updated = now;
        }

        long creditAt(long now, RateLimitPolicy policy) {
            long elapsed = Math.max(0, now - updated);
            long room = policy.capacityNanos() - credit;
            return elapsed >= room ? policy.capacityNanos() : credit + elapsed;
        }

        RateLimitDecision take(long now, RateLimitPolicy policy) {
            credit = creditAt(now, policy);
            updated = Math.max(updated, now);
            long cost = policy.nanosPerRequest();
            boolean allowed = credit >= cost;
            if (allowed) {
                credit -= cost;
            }
            long remaining = credit / cost;
            long untilFull = ceilSeconds(policy.capacityNanos() - credit);
            long retryAfter = allowed ? 0 : Math.max(1, ceilSeconds(cost - credit));
            return new RateLimitDecision(allowed, remaining, untilFull, retryAfter);
        }

        private static long ceilSeconds(long nanos) {
            return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
        }
    }
}
