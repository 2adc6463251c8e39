package cn.gov.daxiang.perf.application.event;

import cn.gov.daxiang.perf.domain.sync.SyncRunId;

/**
 * A run was started and its start committed: the provincial adapter observes this after commit
 * ({@code TransactionPhase.AFTER_SUCCESS}) and carries the run out in the background.
 */
public record SyncRunStarted(SyncRunId runId) {
}
