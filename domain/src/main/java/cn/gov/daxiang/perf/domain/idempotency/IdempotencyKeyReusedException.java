package cn.gov.daxiang.perf.domain.idempotency;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Map;

/** The caller sent a key it already used, within 24 hours, with a different request (HTTP 422): nothing is done. */
public class IdempotencyKeyReusedException extends RuleViolationException {

    public IdempotencyKeyReusedException(IdempotencyKey key) {
        super("IDEMPOTENCY_KEY_REUSED", Map.of("key", key.value(), "hours", IdempotencyRecord.RETENTION.toHours()));
    }
}
