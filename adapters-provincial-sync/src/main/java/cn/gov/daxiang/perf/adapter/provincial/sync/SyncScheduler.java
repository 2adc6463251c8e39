package cn.gov.daxiang.perf.adapter.provincial.sync;

import cn.gov.daxiang.perf.application.port.in.sync.StartSyncRunUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Starts an incremental run on the cron schedule {@code perf.sync.cron} ("off" disables it). Every node
 * schedules; one run per tick is recorded across the nodes (the lease, and the tick's run seen by the nodes that come
 * later), the others skip the tick quietly.
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
    void scheduledRun(ScheduledExecution execution) {
        Instant tick = execution.getScheduledFireTime();
        start.startScheduledSyncRun(SCHEDULER, tick).ifPresentOrElse(
                run -> LOG.debugf("scheduled sync run %s started for the tick of %s", run.getId(), tick),
                () -> LOG.debugf("scheduled sync tick of %s skipped: a run holds the lease or another node started the tick's run", tick));
    }
}
