package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;

/** The conflict log, newest first. */
public interface ListSyncConflictsQuery {

    Page<SyncConflict> listSyncConflicts(Actor actor, SyncConflictCriteria criteria, Paging paging);
}
