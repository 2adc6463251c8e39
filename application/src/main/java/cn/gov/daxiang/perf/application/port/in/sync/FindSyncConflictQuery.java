package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;

public interface FindSyncConflictQuery {

    SyncConflict findSyncConflict(Actor actor, SyncConflictId id);
}
