package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.SyncConflictRepository;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Conflicts in memory; newest detected first, later-stored first among equal times. */
public class InMemorySyncConflictRepository implements SyncConflictRepository {

    private final Map<SyncConflictId, SyncConflict> stored = new LinkedHashMap<>();
    private final Map<SyncConflictId, Integer> storedAt = new HashMap<>();

    @Override
    public Optional<SyncConflict> findById(SyncConflictId id) {
        return Optional.ofNullable(stored.get(id)).map(Copies::of);
    }

    @Override
    public Map<String, SyncConflict> findOpen(SyncStream stream, Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        Map<String, SyncConflict> open = new HashMap<>();
        stored.values().stream().filter(c -> c.getStream() == stream && c.getState() == ConflictState.OPEN && wanted.contains(c.getSubjectKey()))
                .forEach(c -> open.put(c.getSubjectKey(), Copies.of(c)));
        return open;
    }

    @Override
    public Page<SyncConflict> find(ConflictState state, ConflictKind kind, Paging paging) {
        List<SyncConflict> all = new ArrayList<>(stored.values());
        all.sort(Comparator.comparing(SyncConflict::getDetectedAt).thenComparing(c -> storedAt.get(c.getId())).reversed());
        return Pages.of(all.stream().filter(c -> state == null || c.getState() == state).filter(c -> kind == null || c.getKind() == kind)
                .map(Copies::of).toList(), paging);
    }

    @Override
    public void save(SyncConflict conflict) {
        storedAt.putIfAbsent(conflict.getId(), storedAt.size());
        stored.put(conflict.getId(), Copies.of(conflict));
    }
}
