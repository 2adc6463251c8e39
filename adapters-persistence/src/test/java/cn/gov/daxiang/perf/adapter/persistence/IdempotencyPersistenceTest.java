package cn.gov.daxiang.perf.adapter.persistence;

import cn.gov.daxiang.perf.application.port.out.IdempotencyRecordStore;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKeyInProgressException;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.idempotency.RequestFingerprint;
import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Idempotency records on PostgreSQL: round trip, the claim under concurrent transactions, expiry and purge. */
@QuarkusTest
class IdempotencyPersistenceTest {

    private static final RequestFingerprint REQUEST = new RequestFingerprint("ab".repeat(32));

    @Inject
    IdempotencyRecordStore store;
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final IdempotencyKey key = IdempotencyKey.of(UUID.randomUUID().toString());

    private static <T> T tx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    private static StoredAnswer answer(int status, byte[] body) {
        return new StoredAnswer(status, "application/json", body, "http://localhost/api/v1/campaigns/" + UUID.randomUUID(), "\"0\"");
    }

    private void createUnder(String caller, IdempotencyKey key, Instant at, StoredAnswer answer) {
        tx(() -> {
            store.claim(caller, key, REQUEST, at);
            store.complete(IdempotencyRecord.of(caller, key, REQUEST, at, answer));
            return null;
        });
    }

    @Test
    void aCompletedRecordReadsBackExactlyAsStoredEvenWithAMegabytesBody() {
        long seed = TestSeeds.seed("idempotency round trip of a megabytes body", 20250401L);
        byte[] body = new byte[3_000_000];
        Random random = new Random(seed);
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + random.nextInt(8)); // JSON-like text compresses; random bytes from 8 letters do too, a little
        }
        StoredAnswer stored = answer(201, body);
        createUnder("finance-admin-tester", key, now, stored);

        IdempotencyRecord loaded = tx(() -> store.find("finance-admin-tester", key).orElseThrow());
        assertThat(loaded.answer()).isEqualTo(stored);
        assertThat(loaded.fingerprint()).isEqualTo(REQUEST);
        assertThat(loaded.createdAt()).isEqualTo(now);
        assertThat(loaded.caller()).isEqualTo("finance-admin-tester");
        assertThat(tx(() -> store.find("someone-else", key))).as("keys are scoped per caller").isEmpty();
    }

    @Test
    void aRecordWithoutBodyOrHeadersRoundTrips() {
        StoredAnswer empty = new StoredAnswer(204, null, null, null, null);
        createUnder("auditor-tester", key, now, empty);
        assertThat(tx(() -> store.find("auditor-tester", key).orElseThrow().answer())).isEqualTo(empty);
    }

    @Test
    void aClaimOfAKeyAlreadyCommittedIsTakenAndLeavesTheRecordAlone() {
        StoredAnswer first = answer(201, "{\"id\":1}".getBytes(StandardCharsets.UTF_8));
        createUnder("finance-admin-tester", key, now, first);
        assertThatThrownBy(() -> tx(() -> {
            store.claim("finance-admin-tester", key, REQUEST, now.plusSeconds(1));
            return null;
        })).isInstanceOf(IdempotencyRecordStore.KeyTakenException.class);
        assertThat(tx(() -> store.find("finance-admin-tester", key).orElseThrow().answer())).isEqualTo(first);
    }

    @Test
    void theSameKeyOfAnotherCallerIsAnotherRecord() {
        createUnder("finance-admin-tester", key, now, answer(201, new byte[]{'1'}));
        createUnder("finance-reviewer-tester", key, now, answer(201, new byte[]{'2'}));
        assertThat(tx(() -> store.find("finance-reviewer-tester", key).orElseThrow().answer().body())).containsExactly('2');
    }

    @Test
    void aConcurrentClaimWaitsForTheFirstTransactionAndIsTakenWhenItCommits() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch complete = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> tx(() -> {
                store.claim("finance-admin-tester", key, REQUEST, now);
                claimed.countDown();
                awaitQuietly(complete);
                store.complete(IdempotencyRecord.of("finance-admin-tester", key, REQUEST, now, answer(201, new byte[]{'1'})));
                return null;
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            Future<Throwable> second = pool.submit(() -> {
                try {
                    tx(() -> {
                        store.claim("finance-admin-tester", key, REQUEST, now);
                        return null;
                    });
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            // The second claim waits for the first transaction (or has waited its in-flight limit out), which then commits.
            LockWaits.awaitSessionsWaitingOnALockOrDone(dataSource, 1, second);
            complete.countDown();
            first.get(10, TimeUnit.SECONDS);
            Throwable outcome = second.get(10, TimeUnit.SECONDS);
            long waitedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.println("[figures] concurrent claim waited " + waitedMs + " ms for the first transaction, then: " + outcome);
            assertThat(outcome).isInstanceOf(IdempotencyRecordStore.KeyTakenException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConcurrentClaimGetsTheKeyWhenTheFirstTransactionRollsBack() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch rollBack = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> rolledBack(() -> {
                store.claim("finance-admin-tester", key, REQUEST, now);
                claimed.countDown();
                awaitQuietly(rollBack);
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> createUnder("finance-admin-tester", key, now, answer(201, new byte[]{'2'})));
            LockWaits.awaitSessionsWaitingOnALock(dataSource, 1);   // the second claim waits for the first transaction
            rollBack.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertThat(tx(() -> store.find("finance-admin-tester", key).orElseThrow().answer().body())).containsExactly('2');
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimThatCannotWaitForTheFirstTransactionIsInProgress() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> rolledBack(() -> {
                store.claim("finance-admin-tester", key, REQUEST, now);
                claimed.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            assertThatThrownBy(() -> tx(() -> {
                store.claim("finance-admin-tester", key, REQUEST, now);
                return null;
            })).isInstanceOfSatisfying(IdempotencyKeyInProgressException.class,
                    e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS"));
            long waitedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.println("[figures] claim gave up after " + waitedMs + " ms (perf.idempotency.in-flight-wait=PT1S)");
            assertThat(waitedMs).isBetween(900L, 8_000L);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBoundedWaitOfAClaimDoesNotOutliveTheClaim() {
        String lockTimeout = tx(() -> {
            store.claim("finance-admin-tester", key, REQUEST, now);
            return String.valueOf(em.createNativeQuery("SHOW lock_timeout").getSingleResult());
        });
        assertThat(lockTimeout).as("the create after the claim waits as it always did").isEqualTo("0");
    }

    @Test
    void expiredRecordsAreRemovedAndPurgedAndLiveOnesKept() {
        IdempotencyKey old = IdempotencyKey.of("old-" + key.value());
        Instant dayAgo = now.minus(IdempotencyRecord.RETENTION);
        createUnder("finance-admin-tester", old, dayAgo, answer(201, new byte[]{'o'}));
        createUnder("finance-admin-tester", key, dayAgo.plusSeconds(1), answer(201, new byte[]{'n'}));

        assertThat(tx(() -> store.removeExpired("finance-admin-tester", key, now))).as("not yet expired").isFalse();
        assertThat(tx(() -> store.removeExpired("finance-admin-tester", old, now))).isTrue();
        assertThat(tx(() -> store.find("finance-admin-tester", old))).isEmpty();

        createUnder("finance-admin-tester", old, dayAgo, answer(201, new byte[]{'o'}));
        int purged = tx(() -> store.purgeExpired(now));
        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> store.find("finance-admin-tester", old))).isEmpty();
        assertThat(tx(() -> store.find("finance-admin-tester", key))).isPresent();
        assertThat(tx(() -> store.purgeExpired(now.plusSeconds(1)))).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> store.find("finance-admin-tester", key))).isEmpty();
    }

    /** Runs {@code work} in a transaction that is then rolled back (as a failed create's is). */
    private static boolean rolledBack(Runnable work) {
        try {
            tx(() -> {
                work.run();
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            return true;
        }
        return false;
    }

    private static final class RolledBack extends RuntimeException {
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).as("released by the test").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
