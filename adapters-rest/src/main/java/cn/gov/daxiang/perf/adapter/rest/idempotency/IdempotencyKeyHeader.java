package cn.gov.daxiang.perf.adapter.rest.idempotency;

import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

/** The headers of idempotent creates: the client's key, and the mark on an answer that is a replay. */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The shared OpenAPI parameter (components/parameters), defined by {@link IdempotencyOpenApiFilter}. */
    public static final String OPENAPI_REF = "IdempotencyKey";
    static final String DESCRIPTION = "Optional. 1–" + IdempotencyKey.MAX_LENGTH + " printable ASCII characters chosen by the client "
            + "(a UUID, say). The same caller sending the same request (method, path, query, body) with the same key within "
            + IdempotencyRecord.RETENTION.toHours() + " h gets the first answer again (status, body, Location, ETag), marked "
            + REPLAYED + ": true, and nothing is created again. The same key with another request: 422 IDEMPOTENCY_KEY_REUSED. "
            + "While the first request with the key is still running and cannot be waited for: 409 IDEMPOTENCY_KEY_IN_PROGRESS "
            + "with Retry-After. Only successful answers are kept: a refused request may be retried with the same key. "
            + "Keys are scoped to the caller (the token's subject). A malformed key: 400.";

    private IdempotencyKeyHeader() {
    }

    /** The key the header names, or null without the header; a malformed one is refused naming the header. */
    static IdempotencyKey parse(String header) {
        if (header == null) {
            return null;
        }
        try {
            return IdempotencyKey.of(header);
        } catch (InvalidValueException e) {
            throw e.forField(NAME);
        }
    }
}
