package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;

import java.time.Instant;

import java.util.List;
import java.util.Optional;

public interface SyncRunRepository {

    Optional<SyncRun> findById(SyncRunId id);

    /** Newest first; all states when {@code state} is null. */
    Page<SyncRun> find(SyncRunState state, Paging paging);

    List<SyncRun> findRunning();

    /** Whether a run of {@code trigger} was started at or after {@code since}. */
    boolean anyStartedSince(SyncTrigger trigger, Instant since);

    /** Inserts a new run or writes the changes of a known one. */
    void save(SyncRun run);
}
