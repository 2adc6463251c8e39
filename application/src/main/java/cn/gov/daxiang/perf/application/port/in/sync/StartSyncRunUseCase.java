package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;

/**
 * Starts a run: takes the sync lease (at most one run at a time across all nodes, else
 * SyncRunInProgressException, 409) and records the run as RUNNING. The run itself proceeds in the background
 * once this has committed. For FINANCE_ADMIN and SYNC.
 */
public interface StartSyncRunUseCase {

    SyncRun startSyncRun(Actor actor, SyncTrigger trigger, SyncMode mode);
}
