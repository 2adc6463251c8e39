package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;

import java.time.Instant;
import java.util.Optional;

/**
 * Starts a run: takes the sync lease (at most one run at a time across all nodes, else
 * SyncRunInProgressException, 409) and records the run as RUNNING. The run itself proceeds in the background
 * once this has committed. For FINANCE_ADMIN and SYNC.
 */
public interface StartSyncRunUseCase {

    SyncRun startSyncRun(Actor actor, SyncTrigger trigger, SyncMode mode);

    /**
     * Starts the incremental run of the schedule's tick {@code tick} (the cron's nominal time, the same on every node),
     * unless a run holds the lease or a scheduled run was already started at or after {@code tick}: every node's cron
     * fires, one run per tick is recorded. Empty when this node skips the tick.
     */
    Optional<SyncRun> startScheduledSyncRun(Actor actor, Instant tick);
}
