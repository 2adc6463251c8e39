package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.event.SyncRunStarted;
import cn.gov.daxiang.perf.application.fake.FakeProvincialPlatform;
import cn.gov.daxiang.perf.application.fake.InMemoryStores;
import cn.gov.daxiang.perf.application.fake.ManualClock;
import cn.gov.daxiang.perf.application.port.in.sync.ResolveSyncConflictCommand;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome.Kind;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.Backoff;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxState;
import cn.gov.daxiang.perf.application.sync.RetryPolicy;
import cn.gov.daxiang.perf.application.sync.SyncCursor;
import cn.gov.daxiang.perf.application.sync.SyncLease;
import cn.gov.daxiang.perf.application.sync.SyncLeaseLostException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import cn.gov.daxiang.perf.domain.sync.ConflictResolved;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncReceiptIssued;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunInProgressException;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sync's use cases on the in-memory fakes, a fake provincial platform and a clock the test moves: pulling pages,
 * taking records over, holding conflicts, moving cursors, pushing the outbox with backoff and dead letters, and the
 * lease taken, held and lost. No server, no database, no waiting.
 */
class SyncUseCaseTest {

    private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(2);
    private static final RetryPolicy RETRY = new RetryPolicy(3, new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5)));
    private static final Actor OPERATOR = new Actor("sync-op", Set.of(Role.FINANCE_ADMIN), null, null, "req-1");
    private static final UnitCode HOUSING = UnitCode.of("108001");
    private static final UnitCode CENTRE = UnitCode.of("108002");
    private static final ProjectCode RENOVATION = ProjectCode.of("43050324T000000000101");

    private final InMemoryStores stores = new InMemoryStores();
    private final ManualClock clock = new ManualClock(T);
    private final FakeProvincialPlatform province = new FakeProvincialPlatform();
    private final List<PublishedEvent> published = new ArrayList<>();
    private final ChangePipeline pipeline = new ChangePipeline(new EventDispatcher(
            List.of(new AuditTrailSubscriber(stores.audit), published::add), clock));
    private final SyncSettings settings = new Settings(2);
    private final ReferenceDataImportService importer = new ReferenceDataImportService(stores.units, stores.projects,
            () -> { throw new UnsupportedOperationException("no source file in these tests"); }, pipeline);
    private final SyncSteps steps = new SyncSteps(stores.runs, stores.leases, stores.cursors, stores.conflicts, stores.outbox,
            stores.executions, stores.units, stores.projects, stores.localWork, importer, pipeline, settings, clock);
    private final SyncExecutionService execution = new SyncExecutionService(steps, province, province, settings);
    private final List<SyncRunStarted> started = new ArrayList<>();
    private final SyncRunService runs = new SyncRunService(stores.runs, stores.leases, settings, new Fired<>(started), clock);
    private final SyncConflictService conflicts = new SyncConflictService(stores.conflicts, stores.units, stores.projects,
            stores.executions, stores.localWork, importer, pipeline, clock);
    private final OutboxService outbox = new OutboxService(stores.outbox, pipeline, clock);

    private record Settings(int pageSize, String nodeName) implements SyncSettings {
        Settings(int pageSize) {
            this(pageSize, "node-1");
        }

        @Override
        public String mofDivCode() {
            return "430503";
        }

        @Override
        public Duration leaseTtl() {
            return TTL;
        }

        @Override
        public RetryPolicy pushRetryPolicy() {
            return RETRY;
        }

        @Override
        public int pushBatchSize() {
            return 10;
        }
    }

    private static BudgetUnit unit(UnitCode code, String name, UnitCode department) {
        return BudgetUnit.of(code, name, department, true);
    }

    private static Project renovation(UnitCode owner, String total) {
        return Project.of(RENOVATION, "2024年度城镇老旧小区改造项目", owner, FiscalYear.of(2024), ProjectCategory.SPECIFIC_PURPOSE,
                List.of(ProjectKind.SPECIAL_BOND), ProjectFunds.of(Money.of(total), Money.ZERO, Money.ZERO));
    }

    private SyncRun run() {
        SyncRun run = runs.startSyncRun(OPERATOR, SyncTrigger.MANUAL, SyncMode.INCREMENTAL);
        return execution.executeSyncRun(run.getId());
    }

    private List<AuditEvent> audited(String objectType) {
        return stores.audit.events.stream().filter(e -> e.objectType().equals(objectType)).toList();
    }

    private <E> List<E> events(Class<E> type) {
        return published.stream().map(PublishedEvent::event).filter(type::isInstance).map(type::cast).toList();
    }

    private OutboxMessage queued(String type) {
        OutboxMessage message = OutboxMessage.of(type, "performance-goal", "g-1", "{}", clock.instant());
        stores.outbox.append(message);
        return message;
    }

    @Test
    void aRunPullsEveryStreamPageByPageTakesRecordsOverAndMovesEachCursorToItsLastChange() {
        province.publishUnit(unit(HOUSING, "住建局", null));
        province.publishUnit(unit(CENTRE, "城市建设服务中心", HOUSING));
        province.publishUnit(unit(UnitCode.of("105001"), "教育局", null));
        province.publishProject(renovation(CENTRE, "3000000.00"));
        province.publishExecution(new ProjectExecution(RENOVATION, FiscalYear.of(2024),
                BudgetExecution.of(Money.of("3000000.00"), Money.of("1200000.00")), LocalDate.of(2024, 2, 29)));

        SyncRun done = run();

        assertThat(done.getState()).isEqualTo(SyncRunState.SUCCEEDED);
        assertThat(province.requests).containsExactly("AGENCIES>0", "AGENCIES>2", "PROJECTS>0", "EXECUTION>0");
        assertThat(done.getPulled()).isEqualTo(5);
        assertThat(done.getUpserted()).isEqualTo(5);
        assertThat(stores.units.stored).containsKeys(HOUSING, CENTRE, UnitCode.of("105001"));
        assertThat(stores.projects.stored).containsKey(RENOVATION);
        assertThat(stores.executions.findByCode(RENOVATION)).isPresent();
        assertThat(stores.cursors.findAll()).containsExactly(new SyncCursor(SyncStream.AGENCIES, 3),
                new SyncCursor(SyncStream.PROJECTS, 1), new SyncCursor(SyncStream.EXECUTION, 1));
        assertThat(audited("budget-unit")).hasSize(3).allMatch(e -> e.kind() == AuditKind.CREATE
                && e.actorId().equals("system:provincial-sync") && e.requestId().equals("sync-run-" + done.getId()));
        assertThat(audited("project-execution")).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(AuditKind.CREATE));
        assertThat(events(SyncReceiptIssued.class)).singleElement().satisfies(r -> {
            assertThat(r.takenOverUpTo()).containsExactly(Map.entry(SyncStream.AGENCIES, 3L), Map.entry(SyncStream.PROJECTS, 1L),
                    Map.entry(SyncStream.EXECUTION, 1L));
            assertThat(r.pulled()).isEqualTo(5);
        });
        assertThat(audited("sync-run")).as("the receipt is not audited").isEmpty();
        assertThat(stores.leases.find(SyncLease.PROVINCIAL_SYNC).orElseThrow().holder()).as("released").isNull();
    }

    @Test
    void aSecondRunStartsFromTheCursorsAndTakesOverOnlyWhatChangedSince() {
        province.publishUnit(unit(HOUSING, "住建局", null));
        run();
        int auditedBefore = stores.audit.events.size();

        SyncRun nothingNew = run();
        province.publishUnit(unit(HOUSING, "邵阳市大祥区住房和城乡建设局", null));
        SyncRun renamed = run();

        assertThat(nothingNew.getPulled()).isZero();
        assertThat(renamed.getPulled()).isEqualTo(1);
        assertThat(stores.units.stored.get(HOUSING).getName()).isEqualTo("邵阳市大祥区住房和城乡建设局");
        assertThat(stores.audit.events.subList(auditedBefore, stores.audit.events.size())).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(AuditKind.UPDATE));
        assertThat(events(SyncReceiptIssued.class)).as("a run that took nothing over sends no receipt").hasSize(2);
    }

    @Test
    void aPageServedTwiceIsTakenOverOnce() {
        province.publishUnit(unit(HOUSING, "住建局", null));
        SyncRun run = runs.startSyncRun(OPERATOR, SyncTrigger.MANUAL, SyncMode.INCREMENTAL);
        FeedPage<BudgetUnit> page = province.agencyChanges(0, 10);

        SyncCursor next = steps.applyAgencies(run.getId(), page, SyncCursor.start(SyncStream.AGENCIES));
        SyncCursor again = steps.applyAgencies(run.getId(), page, next);

        assertThat(again).isEqualTo(next).isEqualTo(new SyncCursor(SyncStream.AGENCIES, 1));
        assertThat(stores.runs.findById(run.getId()).orElseThrow().getPulled()).isEqualTo(1);
        assertThat(audited("budget-unit")).hasSize(1);
    }

    @Test
    void aProjectOfAnUnknownUnitIsHeldAsAConflictAndALaterChangeJoinsIt() {
        province.publishProject(renovation(CENTRE, "3000000.00"));
        SyncRun first = run();
        province.publishProject(renovation(CENTRE, "3500000.00"));
        SyncRun second = run();

        assertThat(first.getConflicts()).isEqualTo(1);
        assertThat(second.getConflicts()).isEqualTo(1);
        assertThat(stores.projects.stored).isEmpty();
        assertThat(stores.conflicts.find(null, null, new cn.gov.daxiang.perf.domain.shared.Paging(1, 10)).items())
                .singleElement().satisfies(c -> {
                    assertThat(c.getKind()).isEqualTo(ConflictKind.REFERENCE_UNRESOLVED);
                    assertThat(c.getChangeSeq()).as("the held change is the province's latest word").isEqualTo(2);
                    assertThat(c.getIncoming()).containsEntry("funds.total", "3500000.00");
                });
        assertThat(stores.cursors.find(SyncStream.PROJECTS).position()).as("the cursor passes a held change").isEqualTo(2);
    }

    @Test
    void acceptingTheProvincesChangeTakesItOverAndPublishesTheDecision() {
        stores.units.save(unit(CENTRE, "城市建设服务中心", null));
        province.publishExecution(new ProjectExecution(RENOVATION, FiscalYear.of(2024),
                BudgetExecution.of(Money.of("3000000.00"), Money.of("1200000.00")), LocalDate.of(2024, 2, 29)));
        run();
        SyncConflict held = stores.conflicts.find(ConflictState.OPEN, null, new cn.gov.daxiang.perf.domain.shared.Paging(1, 10))
                .items().get(0);
        stores.projects.save(renovation(CENTRE, "3000000.00"));

        SyncConflict resolved = conflicts.resolveSyncConflict(OPERATOR,
                new ResolveSyncConflictCommand(held.getId(), ConflictResolution.ACCEPT_PROVINCIAL, "项目已补录"));

        assertThat(resolved.getState()).isEqualTo(ConflictState.RESOLVED);
        assertThat(stores.executions.findByCode(RENOVATION)).isPresent();
        assertThat(events(ConflictResolved.class)).singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo("项目已补录"));
        assertThat(audited("sync-conflict")).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("resolve"));
        assertThat(audited("project-execution")).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(AuditKind.CREATE));
    }

    @Test
    void aDueMessageDeliveredIsSentAndCountedOnTheRun() {
        OutboxMessage message = queued("goal.approved");

        SyncRun done = run();

        assertThat(done.getPushed()).isEqualTo(1);
        assertThat(stores.outbox.findById(message.getId()).orElseThrow().getState()).isEqualTo(OutboxState.SENT);
        assertThat(province.received).containsExactly(message.getIdempotencyKey());
    }

    @Test
    void aFailedDeliveryWaitsOutItsBackoffAndTheLastAllowedFailureMakesItADeadLetter() {
        OutboxMessage message = queued("goal.approved");
        province.answer(DeliveryOutcome.of(Kind.FAILED, "503"), DeliveryOutcome.of(Kind.FAILED, "503"),
                DeliveryOutcome.of(Kind.FAILED, "timeout"));

        SyncRun first = run();
        OutboxMessage waiting = stores.outbox.findById(message.getId()).orElseThrow();
        Instant next = waiting.getNextAttemptAt().orElseThrow();
        run();

        assertThat(first.getFailed()).isEqualTo(1);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(next).isBetween(T.plusSeconds(5), T.plusSeconds(10));
        assertThat(province.offered).as("not offered again before its time").hasSize(1);

        clock.set(next);
        run();
        clock.advance(Duration.ofMinutes(5));
        run();

        OutboxMessage dead = stores.outbox.findById(message.getId()).orElseThrow();
        assertThat(province.offered).hasSize(3);
        assertThat(dead.getState()).isEqualTo(OutboxState.DEAD_LETTER);
        assertThat(dead.getLastError()).contains("timeout");
    }

    @Test
    void aMessageTheProvinceRefusesIsADeadLetterAtOnceAndAPersonSendsItBackWithTheSameKey() {
        OutboxMessage message = queued("goal.approved");
        province.answer(DeliveryOutcome.of(Kind.REJECTED, "422 unknown pro_code"));
        run();
        assertThat(stores.outbox.findById(message.getId()).orElseThrow().getState()).isEqualTo(OutboxState.DEAD_LETTER);

        OutboxMessage retried = outbox.retryDeadLetter(OPERATOR, message.getId());
        run();

        assertThat(retried.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(audited("outbox-message")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("retry");
            assertThat(e.changes()).anyMatch(c -> c.field().equals("state") && "PENDING".equals(c.after()));
        });
        assertThat(stores.outbox.findById(message.getId()).orElseThrow().getState()).isEqualTo(OutboxState.SENT);
        assertThat(province.offered).extracting(OutboxMessage::getIdempotencyKey).containsOnly(message.getIdempotencyKey());
    }

    @Test
    void anUnreachableProvinceStopsThePushAndFailsTheRunLeavingTheMessageDue() {
        OutboxMessage message = queued("goal.approved");
        province.answer(DeliveryOutcome.of(Kind.UNAVAILABLE, "circuit open"));

        SyncRun done = run();

        assertThat(done.getState()).isEqualTo(SyncRunState.FAILED);
        assertThat(done.getError()).hasValueSatisfying(e -> assertThat(e).contains("circuit open"));
        assertThat(stores.outbox.findById(message.getId()).orElseThrow().isDue(clock.instant())).isTrue();
    }

    @Test
    void aRunHoldsTheLeaseSoASecondRunIsRefusedUntilItExpires() {
        SyncRun holder = runs.startSyncRun(OPERATOR, SyncTrigger.MANUAL, SyncMode.INCREMENTAL);

        clock.advance(TTL.minusSeconds(1));
        assertThatThrownBy(() -> runs.startSyncRun(OPERATOR, SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL))
                .isInstanceOf(SyncRunInProgressException.class);

        clock.advance(Duration.ofSeconds(1));
        SyncRun successor = runs.startSyncRun(OPERATOR, SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL);

        assertThat(stores.runs.findById(holder.getId()).orElseThrow().getState()).as("its node stopped").isEqualTo(SyncRunState.ABANDONED);
        assertThat(stores.leases.find(SyncLease.PROVINCIAL_SYNC).orElseThrow().holder()).isEqualTo(successor.getId().toString());
        assertThat(started).extracting(SyncRunStarted::runId).containsExactly(holder.getId(), successor.getId());
    }

    @Test
    void aRunWhoseLeaseWasTakenOverAppliesNothingMore() {
        province.publishUnit(unit(HOUSING, "住建局", null));
        SyncRun stalled = runs.startSyncRun(OPERATOR, SyncTrigger.MANUAL, SyncMode.INCREMENTAL);
        clock.advance(TTL);
        runs.startSyncRun(OPERATOR, SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL);
        FeedPage<BudgetUnit> page = province.agencyChanges(0, 10);

        assertThatThrownBy(() -> steps.applyAgencies(stalled.getId(), page, SyncCursor.start(SyncStream.AGENCIES)))
                .isInstanceOf(SyncLeaseLostException.class);
        assertThat(stores.units.stored).isEmpty();
        assertThat(stores.cursors.find(SyncStream.AGENCIES).position()).isZero();
    }

    @Test
    void aRunRenewsTheLeaseWithEveryPage() {
        province.publishUnit(unit(HOUSING, "住建局", null));
        SyncRun run = runs.startSyncRun(OPERATOR, SyncTrigger.MANUAL, SyncMode.INCREMENTAL);
        clock.advance(TTL.minusSeconds(1));

        steps.applyAgencies(run.getId(), province.agencyChanges(0, 10), SyncCursor.start(SyncStream.AGENCIES));

        assertThat(stores.leases.find(SyncLease.PROVINCIAL_SYNC).orElseThrow().expiresAt()).isEqualTo(clock.instant().plus(TTL));
    }

    @Test
    void aTickStartsOneRunAcrossNodesThoughEveryNodesCronFires() {
        SyncRunService secondNode = new SyncRunService(stores.runs, stores.leases, new Settings(2, "node-2"), new Fired<>(started), clock);
        Instant tick = T;
        clock.advance(Duration.ofMillis(40));
        SyncRun first = runs.startScheduledSyncRun(OPERATOR, tick).orElseThrow();
        execution.executeSyncRun(first.getId());
        clock.advance(Duration.ofMillis(700)); // the second node's scheduler polls later in the second: the run is over

        assertThat(secondNode.startScheduledSyncRun(OPERATOR, tick)).as("the tick's run was started by node-1").isEmpty();

        assertThat(stores.runs.find(null, new Paging(1, 20)).items()).extracting(SyncRun::getNode).containsExactly("node-1");
        assertThat(started).extracting(SyncRunStarted::runId).containsExactly(first.getId());
        assertThat(stores.leases.find(SyncLease.PROVINCIAL_SYNC).orElseThrow().holder()).as("the skipping node leaves the lease free").isNull();
    }

    @Test
    void aTickWhileARunHoldsTheLeaseIsSkippedWithoutARecordAndTheNextTickRuns() {
        SyncRun manual = runs.startSyncRun(OPERATOR, SyncTrigger.MANUAL, SyncMode.INCREMENTAL);
        clock.advance(Duration.ofSeconds(10));

        assertThat(runs.startScheduledSyncRun(OPERATOR, clock.instant())).isEmpty();

        execution.executeSyncRun(manual.getId());
        clock.advance(Duration.ofSeconds(10));
        SyncRun next = runs.startScheduledSyncRun(OPERATOR, clock.instant()).orElseThrow();
        assertThat(stores.runs.find(null, new Paging(1, 20)).items()).extracting(SyncRun::getId).containsExactly(next.getId(), manual.getId());
    }

    /** CDI's event, as the run service fires it: kept for the test to see. */
    private record Fired<T>(List<T> fired) implements Event<T> {
        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
