package cn.gov.daxiang.perf.domain.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A create done under an idempotency key: whose key it is (the caller, so that one user's key never replays another
 * user's answer), which request it answered, when, and the answer. For 24 hours a repeat of the same request gets
 * that answer again and the same key with another request is refused; after that the record counts as absent.
 */
public final class IdempotencyRecord {

    /** How long a key holds: long enough for any client's retries, short enough to keep the store small. */
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final int MAX_CALLER_LENGTH = 255;

    private final String caller;
    private final IdempotencyKey key;
    private final RequestFingerprint fingerprint;
    private final Instant createdAt;
    private final StoredAnswer answer;

    private IdempotencyRecord(String caller, IdempotencyKey key, RequestFingerprint fingerprint, Instant createdAt, StoredAnswer answer) {
        this.caller = requireCaller(caller);
        this.key = Objects.requireNonNull(key, "key");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.answer = Objects.requireNonNull(answer, "answer");
        if (!answer.successful()) {
            throw new IllegalArgumentException("only successful answers are kept, not " + answer.status());
        }
    }

    public static IdempotencyRecord of(String caller, IdempotencyKey key, RequestFingerprint fingerprint, Instant createdAt,
                                       StoredAnswer answer) {
        return new IdempotencyRecord(caller, key, fingerprint, createdAt, answer);
    }

    /** The caller's identity as a key scope: not blank, at most 255 characters. */
    public static String requireCaller(String caller) {
        if (caller == null || caller.isBlank() || caller.length() > MAX_CALLER_LENGTH) {
            throw new IllegalArgumentException("not a caller: " + caller);
        }
        return caller;
    }

    public Instant expiresAt() {
        return createdAt.plus(RETENTION);
    }

    /** From 24 hours after the create on, the record no longer counts: the key may be used afresh. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt());
    }

    /**
     * What a request with this record's key gets at {@code now}: the stored answer when it is the same request,
     * nothing when the record has expired (the request then runs as new), and a refusal when the key was used for
     * another request.
     */
    public Optional<StoredAnswer> replayFor(RequestFingerprint request, Instant now) {
        if (isExpiredAt(now)) {
            return Optional.empty();
        }
        if (!fingerprint.equals(request)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return Optional.of(answer);
    }

    public String caller() {
        return caller;
    }

    public IdempotencyKey key() {
        return key;
    }

    public RequestFingerprint fingerprint() {
        return fingerprint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public StoredAnswer answer() {
        return answer;
    }
}
