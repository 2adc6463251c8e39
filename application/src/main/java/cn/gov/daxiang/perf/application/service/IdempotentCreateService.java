package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.idempotency.CreateOnceCommand;
import cn.gov.daxiang.perf.application.port.in.idempotency.CreateOnceUseCase;
import cn.gov.daxiang.perf.application.port.in.idempotency.IdempotentOutcome;
import cn.gov.daxiang.perf.application.port.out.IdempotencyRecordStore;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKeyInProgressException;
import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Creates once per caller and key. It holds no transaction itself: each attempt is one ({@link IdempotencySteps}),
 * because a duplicate that lost the race for the key finds its transaction aborted by the database and must read
 * the winner's record in a fresh one. After a create it purges expired records, at most once an hour per instance,
 * with one indexed range delete in a transaction of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IdempotentCreateService implements CreateOnceUseCase {

    /** A lost race is followed by a replay on the next attempt; more attempts mean the winner keeps vanishing. */
    static final int ATTEMPTS = 3;
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final System.Logger LOG = System.getLogger(IdempotentCreateService.class.getName());

    private final IdempotencySteps steps;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    @Inject
    public IdempotentCreateService(IdempotencySteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public IdempotentOutcome createOnce(CreateOnceCommand command, Supplier<StoredAnswer> create) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            IdempotentOutcome outcome;
            try {
                outcome = steps.attempt(command, create);
            } catch (IdempotencyRecordStore.KeyTakenException lostRace) {
                continue; // a concurrent duplicate committed first: the next attempt finds its record and replays it
            } catch (IdempotencySteps.NotStored refused) {
                return new IdempotentOutcome(refused.answer(), false);
            }
            if (!outcome.replayed()) {
                purgeIfDue();
            }
            return outcome;
        }
        throw new IdempotencyKeyInProgressException(command.key());
    }

    private void purgeIfDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
            return;
        }
        try {
            int purged = steps.purgeExpired();
            LOG.log(System.Logger.Level.DEBUG, "purged {0} expired idempotency records", purged);
        } catch (RuntimeException e) {
            // The create is committed and its answer must go out; the purge runs again at the next interval.
            LOG.log(System.Logger.Level.WARNING, "purging expired idempotency records failed", e);
        }
    }
}
