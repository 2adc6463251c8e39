package cn.gov.daxiang.perf.adapter.rest.ratelimit;

/**
 * A token bucket's size: {@code burst} requests at once, refilled at {@code requestsPerMinute}. The bucket keeps its
 * tokens in nanoseconds of credit: a request costs {@link #nanosPerRequest()}, credit grows by one per nanosecond
 * elapsed up to {@link #capacityNanos()} (burst requests' worth), so the arithmetic is exact in longs.
 */
public record RateLimitPolicy(long requestsPerMinute, long burst) {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    public RateLimitPolicy {
        if (requestsPerMinute < 1 || requestsPerMinute > NANOS_PER_MINUTE) {
            throw new IllegalArgumentException("perf.rate-limit.requests-per-minute must lie in 1.." + NANOS_PER_MINUTE + ": " + requestsPerMinute);
        }
        if (burst < 1 || burst > Long.MAX_VALUE / (NANOS_PER_MINUTE / requestsPerMinute)) {
            throw new IllegalArgumentException("perf.rate-limit.burst must be at least 1 (and not absurdly large): " + burst);
        }
    }

    /** The credit one request costs: the time the bucket takes to earn one token back. */
    public long nanosPerRequest() {
        return NANOS_PER_MINUTE / requestsPerMinute;
    }

    /** A full bucket's credit; a bucket idle this long is full again. */
    public long capacityNanos() {
        return burst * nanosPerRequest();
    }
}
