package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReport;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.application.port.out.sync.ProvincialReportChannel.DeliveryOutcome;
import cn.gov.daxiang.perf.application.port.out.sync.SyncConflictRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncCursorRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.application.port.out.sync.SyncRunRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.application.sync.SyncCursor;
import cn.gov.daxiang.perf.application.sync.SyncLease;
import cn.gov.daxiang.perf.application.sync.SyncLeaseClaim;
import cn.gov.daxiang.perf.application.sync.SyncLeaseLostException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.goal.OpenLocalWork;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceRecordTakenOver;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.sync.Change;
import cn.gov.daxiang.perf.domain.sync.ConflictDetector;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncReceiptIssued;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunNotFoundException;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps of a run, each one transaction: a page is applied whole (its upserts, audit events, conflicts,
 * the cursor and the run's counts) or not at all, and only while the run still holds the lease. A node killed
 * half-way therefore loses nothing and doubles nothing: the next run starts from the last committed cursor.
 */
@ApplicationScoped
@Transactional
public class SyncSteps {

    /** The fiscal year of "today" is the year in China, not in UTC. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final SyncRunRepository runs;
    private final SyncLeaseStore leases;
    private final SyncCursorRepository cursors;
    private final SyncConflictRepository conflicts;
    private final OutboxRepository outbox;
    private final ProjectExecutionRepository executions;
    private final BudgetUnitRepository units;
    private final ProjectRepository projects;
    private final LocalWorkLookup localWork;
    private final ImportReferenceDataUseCase importReferenceData;
    private final ChangePipeline pipeline;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public SyncSteps(SyncRunRepository runs, SyncLeaseStore leases, SyncCursorRepository cursors, SyncConflictRepository conflicts,
                     OutboxRepository outbox, ProjectExecutionRepository executions, BudgetUnitRepository units,
                     ProjectRepository projects, LocalWorkLookup localWork, ImportReferenceDataUseCase importReferenceData,
                     ChangePipeline pipeline, SyncSettings settings, Clock clock) {
        this.runs = runs;
        this.leases = leases;
        this.cursors = cursors;
        this.conflicts = conflicts;
        this.outbox = outbox;
        this.executions = executions;
        this.units = units;
        this.projects = projects;
        this.localWork = localWork;
        this.importReferenceData = importReferenceData;
        this.pipeline = pipeline;
        this.settings = settings;
        this.clock = clock;
    }

    /** The actor the audit trail names for what a run takes over; the request id ties it to the run. */
    static Actor runActor(SyncRunId runId) {
        return new Actor("system:provincial-sync", Set.of(Role.SYNC), null, null, "sync-run-" + runId);
    }

    public SyncRun load(SyncRunId id) {
        return runs.findById(id).orElseThrow(() -> new SyncRunNotFoundException(id));
    }

    public SyncCursor cursor(SyncStream stream) {
        return cursors.find(stream);
    }

    public SyncCursor applyAgencies(SyncRunId runId, FeedPage<BudgetUnit> page, SyncCursor from) {
        Instant now = clock.instant();
        requireLease(runId, now);
        List<Change<BudgetUnit>> fresh = page.freshAfter(from);
        Map<UnitCode, BudgetUnit> local = byKey(units.findByCodes(codes(fresh, UnitCode::of)), BudgetUnit::getCode);
        Map<String, SyncConflict> open = conflicts.findOpen(SyncStream.AGENCIES, keys(fresh));
        Set<UnitCode> known = new HashSet<>();
        fresh.stream().filter(c -> !c.deleted()).forEach(c -> known.add(c.record().getCode()));
        Set<UnitCode> departments = fresh.stream().filter(c -> !c.deleted())
                .flatMap(c -> c.record().getSupervisingDepartment().stream()).filter(d -> !known.contains(d)).collect(Collectors.toSet());
        units.findByCodes(departments).forEach(u -> known.add(u.getCode()));
        Set<UnitCode> deactivated = fresh.stream().filter(c -> !c.deleted() && !c.record().isActive())
                .map(c -> c.record().getCode()).filter(c -> local.containsKey(c) && local.get(c).isActive()).collect(Collectors.toSet());
        Set<UnitCode> openWork = deactivated.isEmpty() ? Set.of() : localWork.unitsWithOpenWork(deactivated, new OpenLocalWork(currentYear(now)));

        // Records equal to the local ones (their audited fields alike) are not handed to the import at all.
        Tally tally = new Tally();
        List<BudgetUnit> take = new java.util.ArrayList<>();
        for (Change<BudgetUnit> change : fresh) {
            UnitCode code = UnitCode.of(change.key());
            Optional<BudgetUnit> mine = Optional.ofNullable(local.get(code));
            Optional<ConflictKind> kind = ConflictDetector.forUnit(change, mine, openWork.contains(code), known::contains);
            Map<String, String> incoming = change.deleted() ? Map.of() : change.record().auditSnapshot().fields();
            Map<String, String> localFields = mine.map(u -> u.auditSnapshot().fields()).orElse(Map.of());
            if (!hold(runId, SyncStream.AGENCIES, change, kind, localFields, incoming, open, tally, now) && !change.deleted()
                    && !incoming.equals(localFields)) {
                take.add(change.record());
            }
        }
        if (!take.isEmpty()) {
            ImportReport report = importReferenceData.importReferenceData(runActor(runId), new ReferenceDataBatch(take, List.of()));
            tally.upserted += report.units().created() + report.units().updated();
        }
        return pageDone(runId, page, from, fresh.size(), tally);
    }

    public SyncCursor applyProjects(SyncRunId runId, FeedPage<Project> page, SyncCursor from) {
        Instant now = clock.instant();
        requireLease(runId, now);
        List<Change<Project>> fresh = page.freshAfter(from);
        Map<ProjectCode, Project> local = byKey(projects.findByCodes(codes(fresh, ProjectCode::of)), Project::getCode);
        Map<String, SyncConflict> open = conflicts.findOpen(SyncStream.PROJECTS, keys(fresh));
        Set<UnitCode> referenced = fresh.stream().filter(c -> !c.deleted()).map(c -> c.record().getUnitCode()).collect(Collectors.toSet());
        Set<UnitCode> known = units.findByCodes(referenced).stream().map(BudgetUnit::getCode).collect(Collectors.toSet());
        Set<ProjectCode> moved = fresh.stream().filter(c -> !c.deleted()).map(Change::record)
                .filter(p -> local.containsKey(p.getCode()) && !local.get(p.getCode()).getUnitCode().equals(p.getUnitCode()))
                .map(Project::getCode).collect(Collectors.toSet());
        Set<ProjectCode> withWork = moved.isEmpty() ? Set.of() : localWork.projectsWithLocalWork(moved);

        Tally tally = new Tally();
        List<Project> take = new java.util.ArrayList<>();
        for (Change<Project> change : fresh) {
            ProjectCode code = ProjectCode.of(change.key());
            Optional<Project> mine = Optional.ofNullable(local.get(code));
            Optional<ConflictKind> kind = ConflictDetector.forProject(change, mine, withWork.contains(code), known::contains);
            Map<String, String> incoming = change.deleted() ? Map.of() : change.record().auditSnapshot().fields();
            Map<String, String> localFields = mine.map(p -> p.auditSnapshot().fields()).orElse(Map.of());
            if (!hold(runId, SyncStream.PROJECTS, change, kind, localFields, incoming, open, tally, now) && !change.deleted()
                    && !incoming.equals(localFields)) {
                take.add(change.record());
            }
        }
        if (!take.isEmpty()) {
            ImportReport report = importReferenceData.importReferenceData(runActor(runId), new ReferenceDataBatch(List.of(), take));
            tally.upserted += report.projects().created() + report.projects().updated();
        }
        return pageDone(runId, page, from, fresh.size(), tally);
    }

    public SyncCursor applyExecution(SyncRunId runId, FeedPage<ProjectExecution> page, SyncCursor from) {
        Instant now = clock.instant();
        requireLease(runId, now);
        List<Change<ProjectExecution>> fresh = page.freshAfter(from);
        List<ProjectCode> codes = codes(fresh, ProjectCode::of);
        Set<ProjectCode> knownProjects = projects.findByCodes(codes).stream().map(Project::getCode).collect(Collectors.toSet());
        Map<ProjectCode, ProjectExecution> local = byKey(executions.findByCodes(codes), ProjectExecution::projectCode);
        Map<String, SyncConflict> open = conflicts.findOpen(SyncStream.EXECUTION, keys(fresh));
        Actor actor = runActor(runId);

        Tally tally = new Tally();
        List<ProjectExecution> save = new java.util.ArrayList<>();
        List<Runnable> events = new java.util.ArrayList<>();
        for (Change<ProjectExecution> change : fresh) {
            ProjectCode code = ProjectCode.of(change.key());
            Optional<ConflictKind> kind = change.deleted() ? Optional.empty() : ConflictDetector.forExecution(knownProjects.contains(code));
            Map<String, String> incoming = change.deleted() ? Map.of() : change.record().auditSnapshot().fields();
            Map<String, String> localFields = Optional.ofNullable(local.get(code)).map(e -> e.auditSnapshot().fields()).orElse(Map.of());
            if (hold(runId, SyncStream.EXECUTION, change, kind, localFields, incoming, open, tally, now) || change.deleted()) {
                // Withdrawn figures stay as last reported: execution is history, the next figures replace them.
                continue;
            }
            ProjectExecution before = local.get(code);
            if (!change.record().equals(before)) {
                save.add(change.record());
                events.add(() -> pipeline.record(actor, new ReferenceRecordTakenOver(ProjectExecution.AUDIT_TYPE, code.value(), before == null),
                        before == null ? null : before.auditSnapshot(), change.record().auditSnapshot()));
                tally.upserted++;
            }
        }
        // The page's records written together, then their events in the page's order: batched inserts, no SELECT per new record.
        executions.saveAll(save);
        events.forEach(Runnable::run);
        return pageDone(runId, page, from, fresh.size(), tally);
    }

    /**
     * Holds a change in the conflict log when it conflicts on its own or when its record already has an open
     * conflict (later changes never overtake a held one). Returns whether it was held.
     */
    private <T> boolean hold(SyncRunId runId, SyncStream stream, Change<T> change, Optional<ConflictKind> kind,
                             Map<String, String> local, Map<String, String> incoming, Map<String, SyncConflict> open,
                             Tally tally, Instant now) {
        SyncConflict existing = open.get(change.key());
        if (existing != null) {
            existing.supersede(kind, change.seq(), change.deleted(), incoming, runId);
            conflicts.save(existing);
            tally.conflicts++;
            return true;
        }
        if (kind.isPresent()) {
            SyncConflict conflict = SyncConflict.detected(kind.get(), stream, change.key(), change.seq(), change.deleted(), local,
                    incoming, runId, now);
            conflicts.save(conflict);
            open.put(change.key(), conflict);
            tally.conflicts++;
            return true;
        }
        return false;
    }

    private SyncCursor pageDone(SyncRunId runId, FeedPage<?> page, SyncCursor from, int pulled, Tally tally) {
        SyncCursor next = from.advancedTo(page.nextCursor());
        SyncCursor stored = cursors.find(next.stream());
        if (next.position() > stored.position()) {
            cursors.save(next);
        }
        SyncRun run = load(runId);
        run.pageDone(pulled, tally.upserted, tally.conflicts, page.pagesRemaining(settings.pageSize()));
        runs.save(run);
        return next;
    }

    /** After the pull: the district's receipt for what it took over (only when it took something). */
    public void finishPull(SyncRunId runId) {
        Instant now = clock.instant();
        requireLease(runId, now);
        SyncRun run = load(runId);
        if (run.getPulled() > 0) {
            Map<SyncStream, Long> upTo = new LinkedHashMap<>();
            cursors.findAll().forEach(c -> upTo.put(c.stream(), c.position()));
            pipeline.record(runActor(runId), new SyncReceiptIssued(runId, upTo, run.getPulled(), run.getUpserted(),
                    run.getConflicts(), now), null, runSnapshot(run));
        }
    }

    /** What subscribers see of a run (it is not audited itself: its history is the run list). */
    private static AuditSnapshot runSnapshot(SyncRun run) {
        return new AuditSnapshot("sync-run", run.getId().toString(), Map.of("state", run.getState().name(),
                "pulled", Long.toString(run.getPulled()), "upserted", Long.toString(run.getUpserted()),
                "conflicts", Long.toString(run.getConflicts())));
    }

    public List<OutboxMessageId> dueMessages(int limit) {
        return outbox.findDue(clock.instant(), limit);
    }

    /** The message if it is still due (another step may have booked it meanwhile). */
    public Optional<OutboxMessage> dueMessage(OutboxMessageId id) {
        Instant now = clock.instant();
        return outbox.findById(id).filter(m -> m.isDue(now));
    }

    /** Books one delivery attempt on the message and the run. */
    public void recordDelivery(SyncRunId runId, OutboxMessageId id, DeliveryOutcome outcome) {
        Instant now = clock.instant();
        requireLease(runId, now);
        OutboxMessage message = outbox.findById(id).orElseThrow();
        SyncRun run = load(runId);
        switch (outcome.kind()) {
            case ACCEPTED, DUPLICATE -> {
                message.delivered(now);
                run.pushDone(1, 0);
            }
            case REJECTED -> {
                message.deliveryFailed(now, outcome.detail(), true, settings.pushRetryPolicy(), ThreadLocalRandom.current().nextDouble());
                run.pushDone(0, 1);
            }
            case FAILED -> {
                message.deliveryFailed(now, outcome.detail(), false, settings.pushRetryPolicy(), ThreadLocalRandom.current().nextDouble());
                run.pushDone(0, 1);
            }
            case UNAVAILABLE -> {
                return;
            }
        }
        outbox.save(message);
        runs.save(run);
    }

    public SyncRun succeed(SyncRunId runId) {
        SyncRun run = load(runId);
        run.succeed(clock.instant());
        runs.save(run);
        leases.release(SyncLease.PROVINCIAL_SYNC, runId.toString());
        return run;
    }

    /** Ends the run as FAILED and gives the lease back (if it still has it). */
    public SyncRun fail(SyncRunId runId, String error) {
        SyncRun run = load(runId);
        if (!run.getState().isFinished()) {
            run.fail(clock.instant(), error);
            runs.save(run);
        }
        leases.release(SyncLease.PROVINCIAL_SYNC, runId.toString());
        return run;
    }

    private void requireLease(SyncRunId runId, Instant now) {
        if (!leases.renew(SyncLeaseClaim.forRun(runId, now, settings.leaseTtl()))) {
            throw new SyncLeaseLostException(runId);
        }
    }

    private static FiscalYear currentYear(Instant now) {
        return FiscalYear.of(LocalDate.ofInstant(now, CHINA).getYear());
    }

    private static <T> Set<String> keys(List<Change<T>> changes) {
        return changes.stream().map(Change::key).collect(Collectors.toSet());
    }

    private static <T, K> List<K> codes(List<Change<T>> changes, Function<String, K> parse) {
        return changes.stream().map(c -> parse.apply(c.key())).toList();
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> map = new HashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }

    private static final class Tally {
        long upserted;
        long conflicts;
    }
}
