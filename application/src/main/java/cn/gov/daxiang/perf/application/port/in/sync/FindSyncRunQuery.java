package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;

public interface FindSyncRunQuery {

    SyncRun findSyncRun(Actor actor, SyncRunId id);
}
