package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.SyncRunRepository;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs in memory; newest started first, later-stored first among equal times. */
public class InMemorySyncRunRepository implements SyncRunRepository {

    private final Map<SyncRunId, SyncRun> stored = new LinkedHashMap<>();
    private final Map<SyncRunId, Integer> storedAt = new HashMap<>();

    @Override
    public Optional<SyncRun> findById(SyncRunId id) {
        return Optional.ofNullable(stored.get(id)).map(Copies::of);
    }

    @Override
    public Page<SyncRun> find(SyncRunState state, Paging paging) {
        List<SyncRun> all = new ArrayList<>(stored.values());
        all.sort(Comparator.comparing(SyncRun::getStartedAt).thenComparing(r -> storedAt.get(r.getId())).reversed());
        return Pages.of(all.stream().filter(r -> state == null || r.getState() == state).map(Copies::of).toList(), paging);
    }

    @Override
    public List<SyncRun> findRunning() {
        return stored.values().stream().filter(r -> r.getState() == SyncRunState.RUNNING).map(Copies::of).toList();
    }

    @Override
    public boolean anyStartedSince(SyncTrigger trigger, Instant since) {
        return stored.values().stream().anyMatch(r -> r.getTrigger() == trigger && !r.getStartedAt().isBefore(since));
    }

    @Override
    public void save(SyncRun run) {
        storedAt.putIfAbsent(run.getId(), storedAt.size());
        stored.put(run.getId(), Copies.of(run));
    }
}
