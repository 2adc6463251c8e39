package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;

/** The run history, newest first. */
public interface ListSyncRunsQuery {

    Page<SyncRun> listSyncRuns(Actor actor, SyncRunState state, Paging paging);
}
