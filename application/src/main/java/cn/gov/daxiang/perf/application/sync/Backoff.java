package cn.gov.daxiang.perf.application.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff with "equal jitter": the n-th wait is drawn uniformly from [c/2, c] where
 * c = min(max, base × 2^(n-1)). Half of the wait is guaranteed, so retries never hammer the province, and
 * the random half spreads the retries of many messages (and many districts) apart.
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= max: " + base + ", " + max);
        }
    }

    /** The ceiling c of the {@code attempt}-th wait (attempts count from 1). */
    public Duration ceiling(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        // 2^62 overflows nothing below; beyond ~40 doublings every realistic base has reached max anyway.
        int doublings = Math.min(attempt - 1, 40);
        long baseMillis = base.toMillis();
        long maxMillis = max.toMillis();
        long ceiling = baseMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, baseMillis << doublings);
        return Duration.ofMillis(ceiling);
    }

    /**
     * The wait before retry number {@code attempt}, with {@code random} in [0, 1) supplying the jitter (the caller
     * draws it, so the rule is deterministic to test).
     */
    public Duration delay(int attempt, double random) {
        if (!(random >= 0.0 && random < 1.0)) {
            throw new IllegalArgumentException("random must be in [0, 1): " + random);
        }
        long ceiling = ceiling(attempt).toMillis();
        long floor = ceiling - ceiling / 2;
        return Duration.ofMillis(floor + (long) (random * (ceiling - floor + 1)));
    }
}
