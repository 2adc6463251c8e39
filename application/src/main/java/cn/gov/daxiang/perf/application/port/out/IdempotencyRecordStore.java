package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKeyInProgressException;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.idempotency.RequestFingerprint;

import java.time.Instant;
import java.util.Optional;

/**
 * Where idempotency records live: one per caller and key, shared by every instance of the service. Every method runs
 * in the caller's transaction; {@link #claim} and {@link #complete} write at once (not at commit), so that their
 * failures surface here, translated.
 */
public interface IdempotencyRecordStore {

    /** The committed record of the caller's key, expired or not. */
    Optional<IdempotencyRecord> find(String caller, IdempotencyKey key);

    /**
     * Takes the caller's key for a create that is about to run in this transaction. While it runs, the key is
     * visible to nobody else; a concurrent claim of the same key waits for this transaction to end.
     *
     * @throws KeyTakenException                  another transaction holds the key and committed first
     * @throws IdempotencyKeyInProgressException another transaction holds the key and did not end in time
     */
    void claim(String caller, IdempotencyKey key, RequestFingerprint fingerprint, Instant at);

    /** Stores the answer of the create under the key this transaction claimed. */
    void complete(IdempotencyRecord record);

    /** Deletes the caller's record of the key if it has expired at {@code now}; whether there was one. */
    boolean removeExpired(String caller, IdempotencyKey key, Instant now);

    /** Deletes every record expired at {@code now}; how many. */
    int purgeExpired(Instant now);

    /** The key was claimed by a concurrent transaction that has committed since: read it again to replay it. */
    final class KeyTakenException extends RuntimeException {

        public KeyTakenException(IdempotencyKey key, Throwable cause) {
            super("idempotency key " + key + " was taken by a concurrent request", cause);
        }
    }
}
