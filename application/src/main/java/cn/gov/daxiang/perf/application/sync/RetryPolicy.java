package cn.gov.daxiang.perf.application.sync;

import java.util.Objects;

/**
 * How often a message is offered to the province before it is parked as a dead letter, and how long to wait
 * between offers. A message the province refuses outright (a permanent rejection) is not offered again.
 */
public record RetryPolicy(int maxAttempts, Backoff backoff) {

    public RetryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
    }
}
