package cn.gov.daxiang.perf.adapter.rest.ratelimit;

/**
 * The answer to one request: allowed or not, the requests left now, the seconds until the bucket is full again, and
 * (when refused) the seconds until one request is allowed again, rounded up so that a client waiting that long succeeds.
 */
public record RateLimitDecision(boolean allowed, long remaining, long secondsUntilFull, long retryAfterSeconds) {
}
