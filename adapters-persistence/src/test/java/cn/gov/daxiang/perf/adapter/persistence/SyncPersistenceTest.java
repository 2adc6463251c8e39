package cn.gov.daxiang.perf.adapter.persistence;

import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncConflictRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncCursorRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.application.port.out.sync.SyncRunRepository;
import cn.gov.daxiang.perf.application.sync.OutboxCriteria;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.SyncCursor;
import cn.gov.daxiang.perf.application.sync.SyncLeaseClaim;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sync's tables on PostgreSQL: the lease under concurrent transactions, round trips, the outbox's rules. */
@QuarkusTest
class SyncPersistenceTest {

    private static final String LEASE = "provincial-sync";
    private static final Duration TTL = Duration.ofMinutes(2);

    @Inject
    DataSource dataSource;
    @Inject
    SyncLeaseStore leases;
    @Inject
    SyncRunRepository runs;
    @Inject
    SyncCursorRepository cursors;
    @Inject
    OutboxRepository outbox;
    @Inject
    SyncConflictRepository conflicts;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void freeLease() {
        QuarkusTransaction.requiringNew().run(() -> leases.find(LEASE).filter(l -> l.holder() != null)
                .ifPresent(l -> leases.release(LEASE, l.holder())));
    }

    @Test
    void ofManyNodesAskingForTheLeaseInSeparateTransactionsAtOnceExactlyOneGetsIt() throws Exception {
        int nodes = 8;
        CyclicBarrier together = new CyclicBarrier(nodes);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                String holder = "run-" + i;
                answers.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                    together.await();
                    boolean got = leases.tryAcquire(new SyncLeaseClaim(LEASE, holder, now, TTL));
                    commit.await(20, TimeUnit.SECONDS); // the winner holds the row lock until the others' UPDATEs wait on it
                    return got;
                })));
            }
            // Every other node's UPDATE waits on the winner's row lock; once it commits they re-read the row.
            LockWaits.awaitSessionsWaitingOnALock(dataSource, nodes - 1);
            commit.countDown();
            int winners = 0;
            for (Future<Boolean> answer : answers) {
                winners += answer.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(leases.find(LEASE)).get().satisfies(l -> assertThat(l.isHeldAt(now)).isTrue());
    }

    @Test
    void anExpiredLeaseGoesToTheNextAskerAndFencesTheOldHolderOff() {
        assertThat(tx(() -> leases.tryAcquire(new SyncLeaseClaim(LEASE, "run-a", now, TTL)))).isTrue();
        assertThat(tx(() -> leases.tryAcquire(new SyncLeaseClaim(LEASE, "run-b", now.plusSeconds(60), TTL)))).as("still held").isFalse();
        assertThat(tx(() -> leases.renew(new SyncLeaseClaim(LEASE, "run-a", now.plusSeconds(60), TTL)))).isTrue();
        Instant later = now.plusSeconds(60).plus(TTL);
        assertThat(tx(() -> leases.tryAcquire(new SyncLeaseClaim(LEASE, "run-b", later, TTL)))).as("expired").isTrue();
        assertThat(tx(() -> leases.renew(new SyncLeaseClaim(LEASE, "run-a", later, TTL)))).as("the old holder is fenced off").isFalse();
        tx(() -> {
            leases.release(LEASE, "run-a");
            return null;
        });
        assertThat(leases.find(LEASE).orElseThrow().holder()).as("only the holder releases").isEqualTo("run-b");
    }

    @Test
    void aRunRoundTripsWithItsCountsAndError() {
        SyncRun run = SyncRun.start(SyncTrigger.MANUAL, SyncMode.FULL, "finance-admin-tester", "node-1", now);
        run.pageDone(100, 98, 2, 4);
        run.fail(now.plusSeconds(3), "SocketTimeoutException: 省平台无响应");
        tx(() -> {
            runs.save(run);
            return null;
        });
        SyncRun loaded = tx(() -> runs.findById(run.getId()).orElseThrow());
        assertThat(loaded).usingRecursiveComparison().isEqualTo(run);
        assertThat(tx(() -> runs.find(null, new Paging(1, 100)).items())).extracting(SyncRun::getId).contains(run.getId());
    }

    @Test
    void aScheduledRunIsFoundForTheTickItStartedInButNotForALaterTickNorAsAnotherTrigger() {
        Instant tick = now.plus(Duration.ofDays(1000)); // later than every other test's runs
        SyncRun scheduled = SyncRun.start(SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL, "sync-scheduler", "node-1", tick.plusMillis(40));
        SyncRun manual = SyncRun.start(SyncTrigger.MANUAL, SyncMode.INCREMENTAL, "finance-admin-tester", "node-2", tick.plusSeconds(5));
        tx(() -> {
            runs.save(scheduled);
            runs.save(manual);
            return null;
        });

        assertThat(tx(() -> runs.anyStartedSince(SyncTrigger.SCHEDULED, tick))).isTrue();
        assertThat(tx(() -> runs.anyStartedSince(SyncTrigger.SCHEDULED, tick.plusSeconds(1)))).as("a manual run is no tick's run").isFalse();
        assertThat(tx(() -> runs.anyStartedSince(SyncTrigger.MANUAL, tick.plusSeconds(5)))).isTrue();
    }

    @Test
    void cursorsStartAtZeroAndKeepWhatWasSaved() {
        tx(() -> {
            cursors.save(new SyncCursor(SyncStream.EXECUTION, 4711));
            return null;
        });
        assertThat(tx(() -> cursors.find(SyncStream.EXECUTION).position())).isEqualTo(4711);
        assertThat(tx(cursors::findAll)).extracting(SyncCursor::stream).containsExactly(SyncStream.values());
    }

    private OutboxMessage report(String subjectId) {
        return OutboxMessage.of("test.persisted", "test", subjectId, "{\"pro_name\":\"犬木塘水库工程\",\"id\":\"" + subjectId + "\"}", now);
    }

    @Test
    void anOutboxMessageCannotBeAppendedOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(report("x"))).isInstanceOf(TransactionalException.class);
    }

    @Test
    void dueMessagesComeOldestFirstAndOnlyWhenDue() {
        OutboxMessage first = report("first-" + now);
        OutboxMessage later = report("later-" + now);
        OutboxMessage dead = report("dead-" + now);
        dead.deliveryFailed(now, "422", true, new cn.gov.daxiang.perf.application.sync.RetryPolicy(3,
                new cn.gov.daxiang.perf.application.sync.Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2))), 0.5);
        tx(() -> {
            outbox.append(first);
            outbox.append(later);
            outbox.append(dead);
            return null;
        });
        List<cn.gov.daxiang.perf.application.sync.OutboxMessageId> due = tx(() -> outbox.findDue(now, 1000));
        assertThat(due).containsSubsequence(first.getId(), later.getId()).doesNotContain(dead.getId());
        OutboxMessage loaded = tx(() -> outbox.findById(first.getId()).orElseThrow());
        assertThat(loaded.getPayload()).contains("犬木塘水库工程");
        assertThat(loaded.getIdempotencyKey()).isEqualTo(first.getIdempotencyKey());
        assertThat(tx(() -> outbox.find(OutboxCriteria.deadLetters("test.persisted", null), new Paging(1, 100)).items()))
                .extracting(OutboxMessage::getId).contains(dead.getId()).doesNotContain(first.getId());
    }

    @Test
    void aConflictRoundTripsWithItsFieldsIncludingAbsentOnesAndIsFoundOpenBySubject() {
        Map<String, String> local = new HashMap<>();
        local.put("name", "邵阳市大祥区城市建设服务中心");
        local.put("supervisingDepartment", null);
        SyncConflict conflict = SyncConflict.detected(ConflictKind.UNIT_DELETED_UPSTREAM, SyncStream.AGENCIES, "108002", 12, true,
                local, Map.of(), SyncRunId.random(), now);
        tx(() -> {
            conflicts.save(conflict);
            return null;
        });
        SyncConflict loaded = tx(() -> conflicts.findById(conflict.getId()).orElseThrow());
        assertThat(loaded.getLocal()).containsEntry("supervisingDepartment", null).containsEntry("name", "邵阳市大祥区城市建设服务中心");
        assertThat(tx(() -> conflicts.findOpen(SyncStream.AGENCIES, List.of("108002", "999999")))).containsOnlyKeys("108002");
        assertThat(tx(() -> conflicts.find(ConflictState.OPEN, ConflictKind.UNIT_DELETED_UPSTREAM, new Paging(1, 10)).total())).isPositive();
    }

    private static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
