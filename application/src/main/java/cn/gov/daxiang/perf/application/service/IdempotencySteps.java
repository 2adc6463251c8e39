package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.idempotency.CreateOnceCommand;
import cn.gov.daxiang.perf.application.port.in.idempotency.IdempotentOutcome;
import cn.gov.daxiang.perf.application.port.out.IdempotencyRecordStore;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transactions of {@link IdempotentCreateService}, each its own: an attempt (look the key up, claim it, create,
 * store the answer: all committed together or not at all) and the purge of expired records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencySteps {

    private final IdempotencyRecordStore store;
    private final Clock clock;

    @Inject
    public IdempotencySteps(IdempotencyRecordStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The key is claimed before the create runs, so that a concurrent duplicate waits on the claim instead of
     * running its own create (which might fail on the first one's object, say "round already open", before
     * it ever reached the key).
     */
    public IdempotentOutcome attempt(CreateOnceCommand command, Supplier<StoredAnswer> create) {
        Instant now = clock.instant();
        Optional<IdempotencyRecord> existing = store.find(command.caller(), command.key());
        if (existing.isPresent()) {
            Optional<StoredAnswer> replay = existing.get().replayFor(command.fingerprint(), now);
            if (replay.isPresent()) {
                return new IdempotentOutcome(replay.get(), true);
            }
            store.removeExpired(command.caller(), command.key(), now);
        }
        store.claim(command.caller(), command.key(), command.fingerprint(), now);
        StoredAnswer answer = create.get();
        if (!answer.successful()) {
            throw new NotStored(answer);
        }
        store.complete(IdempotencyRecord.of(command.caller(), command.key(), command.fingerprint(), now, answer));
        return new IdempotentOutcome(answer, false);
    }

    public int purgeExpired() {
        return store.purgeExpired(clock.instant());
    }

    /** An answer that is not 2xx: thrown to roll the attempt back (the key stays free), carrying the answer out. */
    static final class NotStored extends RuntimeException {

        private final transient StoredAnswer answer;

        NotStored(StoredAnswer answer) {
            super("answer " + answer.status() + " is not kept", null, false, false);
            this.answer = answer;
        }

        StoredAnswer answer() {
            return answer;
        }
    }
}
