package cn.gov.daxiang.perf.adapter.provincial.sync;

import cn.gov.daxiang.perf.application.port.in.sync.StartSyncRunUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRunInProgressException;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Starts an incremental run on the cron schedule {@code perf.sync.cron} ("off" disables it). Every node
 * schedules; the lease lets one of them run, the others skip this turn.
 */
@ApplicationScoped
public class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class);
    private static final Actor SCHEDULER = Actor.system("sync-scheduler");

    private final StartSyncRunUseCase start;

    @Inject
    public SyncScheduler(StartSyncRunUseCase start) {
        this.start = start;
    }

    @Scheduled(identity = "provincial-sync", cron = "${perf.sync.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        try {
            start.startSyncRun(SCHEDULER, SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL);
        } catch (SyncRunInProgressException e) {
            LOG.debug("scheduled sync skipped: a run is under way");
        }
    }
}
