package cn.gov.daxiang.perf.adapter.rest.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's rate limiter, from perf.rate-limit.*: each caller may send requests-per-minute requests a minute, up
 * to burst at once (README.md, "Rate limits").
 */
@ApplicationScoped
public class RateLimits {

    private final boolean enabled;
    private final RateLimiter limiter;

    @Inject
    public RateLimits(@ConfigProperty(name = "perf.rate-limit.enabled", defaultValue = "true") boolean enabled,
                      @ConfigProperty(name = "perf.rate-limit.requests-per-minute", defaultValue = "600") long requestsPerMinute,
                      @ConfigProperty(name = "perf.rate-limit.burst", defaultValue = "120") long burst,
                      @ConfigProperty(name = "perf.rate-limit.max-callers", defaultValue = "10000") int maxCallers) {
        this.enabled = enabled;
        this.limiter = new RateLimiter(new RateLimitPolicy(requestsPerMinute, burst), Ticker.SYSTEM, maxCallers);
    }

    public boolean enabled() {
        return enabled;
    }

    public RateLimiter limiter() {
        return limiter;
    }
}
