package cn.gov.daxiang.perf.adapter.rest.ratelimit;

/** The caller has no request left in its bucket: 429 RATE_LIMITED with Retry-After (RateLimitProblemMapper). */
public class RateLimitedException extends RuntimeException {

    private final transient RateLimitDecision decision;

    public RateLimitedException(RateLimitDecision decision) {
        super("rate limited", null, false, false);
        this.decision = decision;
    }

    public RateLimitDecision decision() {
        return decision;
    }
}
