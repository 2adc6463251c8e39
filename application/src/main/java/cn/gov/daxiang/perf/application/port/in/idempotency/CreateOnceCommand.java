package cn.gov.daxiang.perf.application.port.in.idempotency;

import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.idempotency.RequestFingerprint;

import java.util.Objects;

/**
 * A create under the caller's idempotency key: {@code caller} scopes the key (the token's subject), {@code fingerprint} says which
 * request it is.
 */
public record CreateOnceCommand(String caller, IdempotencyKey key, RequestFingerprint fingerprint) {

    public CreateOnceCommand {
        IdempotencyRecord.requireCaller(caller);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
