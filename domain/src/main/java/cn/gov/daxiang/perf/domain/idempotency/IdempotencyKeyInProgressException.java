package cn.gov.daxiang.perf.domain.idempotency;

import cn.gov.daxiang.perf.domain.shared.DomainException;

import java.time.Duration;
import java.util.Map;

/**
 * A request with the caller's key is still being answered and could not be waited for (HTTP 409 with Retry-After):
 * nothing is done; retried after {@link #RETRY_AFTER}, the request gets the first answer (or, if that one failed,
 * runs itself).
 */
public class IdempotencyKeyInProgressException extends DomainException {

    /** Creates take milliseconds, imports a few seconds: by then the first request has usually been answered. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    public IdempotencyKeyInProgressException(IdempotencyKey key) {
        super("IDEMPOTENCY_KEY_IN_PROGRESS", Map.of("key", key.value(), "retryAfter", RETRY_AFTER.toSeconds()));
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
