package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.event.SyncRunStarted;
import cn.gov.daxiang.perf.application.port.in.sync.FindSyncRunQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListSyncRunsQuery;
import cn.gov.daxiang.perf.application.port.in.sync.StartSyncRunUseCase;
import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.application.port.out.sync.SyncRunRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.SyncLease;
import cn.gov.daxiang.perf.application.sync.SyncLeaseClaim;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunInProgressException;
import cn.gov.daxiang.perf.domain.sync.SyncRunNotFoundException;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class SyncRunService implements StartSyncRunUseCase, ListSyncRunsQuery, FindSyncRunQuery {

    private final SyncRunRepository runs;
    private final SyncLeaseStore leases;
    private final SyncSettings settings;
    private final Event<SyncRunStarted> started;
    private final Clock clock;

    @Inject
    public SyncRunService(SyncRunRepository runs, SyncLeaseStore leases, SyncSettings settings, Event<SyncRunStarted> started,
                          Clock clock) {
        this.runs = runs;
        this.leases = leases;
        this.settings = settings;
        this.started = started;
        this.clock = clock;
    }

    @Override
    public SyncRun startSyncRun(Actor actor, SyncTrigger trigger, SyncMode mode) {
        AccessPolicy.requireSyncOperator(actor);
        Instant now = clock.instant();
        SyncRun run = SyncRun.start(trigger, mode, actor.userId(), settings.nodeName(), now);
        if (!leases.tryAcquire(SyncLeaseClaim.forRun(run.getId(), now, settings.leaseTtl()))) {
            throw new SyncRunInProgressException();
        }
        return begin(run, now);
    }

    @Override
    public Optional<SyncRun> startScheduledSyncRun(Actor actor, Instant tick) {
        AccessPolicy.requireSyncOperator(actor);
        Instant now = clock.instant();
        SyncRun run = SyncRun.start(SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL, actor.userId(), settings.nodeName(), now);
        if (!leases.tryAcquire(SyncLeaseClaim.forRun(run.getId(), now, settings.leaseTtl()))) {
            return Optional.empty();
        }
        // Holding the lease, this node sees every run started before it: a node whose cron fired a moment earlier (the
        // nodes' schedulers poll at different offsets) may already have started, and even finished, this tick's run.
        if (runs.anyStartedSince(SyncTrigger.SCHEDULED, tick)) {
            leases.release(SyncLease.PROVINCIAL_SYNC, run.getId().toString());
            return Optional.empty();
        }
        return Optional.of(begin(run, now));
    }

    private SyncRun begin(SyncRun run, Instant now) {
        // Holding the lease, any run still marked RUNNING belongs to a node that stopped without finishing it.
        for (SyncRun stale : runs.findRunning()) {
            stale.abandon(now);
            runs.save(stale);
        }
        runs.save(run);
        started.fire(new SyncRunStarted(run.getId()));
        return run;
    }

    @Override
    public Page<SyncRun> listSyncRuns(Actor actor, SyncRunState state, Paging paging) {
        AccessPolicy.requireSyncOperator(actor);
        return runs.find(state, paging);
    }

    @Override
    public SyncRun findSyncRun(Actor actor, SyncRunId id) {
        AccessPolicy.requireSyncOperator(actor);
        return runs.findById(id).orElseThrow(() -> new SyncRunNotFoundException(id));
    }
}
