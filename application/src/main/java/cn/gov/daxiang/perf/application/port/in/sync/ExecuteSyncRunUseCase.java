package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;

/**
 * Carries out a started run: pulls every stream page by page (each page one transaction that renews the lease,
 * applies the changes, records conflicts and moves the cursor), then delivers the due outbox messages, and
 * finishes the run, releasing the lease. Failures end the run as FAILED with what it did until then kept.
 */
public interface ExecuteSyncRunUseCase {

    SyncRun executeSyncRun(SyncRunId id);
}
