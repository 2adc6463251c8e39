package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface SyncConflictRepository {

    Optional<SyncConflict> findById(SyncConflictId id);

    /** The open conflicts of a stream among {@code keys}, by subject key (at most one open conflict per subject). */
    Map<String, SyncConflict> findOpen(SyncStream stream, Collection<String> keys);

    /** Newest first; filters apply when not null. */
    Page<SyncConflict> find(ConflictState state, ConflictKind kind, Paging paging);

    void save(SyncConflict conflict);
}
