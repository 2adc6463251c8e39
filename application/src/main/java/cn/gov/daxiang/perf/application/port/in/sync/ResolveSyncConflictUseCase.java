package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;

/**
 * Decides an open conflict: ACCEPT_PROVINCIAL takes the held change over now, KEEP_LOCAL keeps the district's
 * record (a note is required). Either way the decision is audited and reported to the province through the
 * outbox, in the same transaction; if taking the change over fails, nothing of it remains.
 */
public interface ResolveSyncConflictUseCase {

    SyncConflict resolveSyncConflict(Actor actor, ResolveSyncConflictCommand command);
}
