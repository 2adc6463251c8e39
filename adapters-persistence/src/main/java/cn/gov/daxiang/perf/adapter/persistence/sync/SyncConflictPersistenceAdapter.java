package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.sync.SyncConflictRepository;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class SyncConflictPersistenceAdapter implements SyncConflictRepository {

    private static final Sort NEWEST_FIRST = Sort.descending("detectedAt").and("id", Sort.Direction.Descending);

    private final SyncConflictPanacheRepository panache;
    private final SyncPersistenceMapper mapper;

    @Inject
    public SyncConflictPersistenceAdapter(SyncConflictPanacheRepository panache, SyncPersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    @Override
    public Optional<SyncConflict> findById(SyncConflictId id) {
        return panache.findByIdOptional(id.value()).map(mapper::toDomain);
    }

    @Override
    public Map<String, SyncConflict> findOpen(SyncStream stream, Collection<String> keys) {
        Map<String, SyncConflict> open = new HashMap<>();
        if (keys.isEmpty()) {
            return open;
        }
        Chunks.of(List.copyOf(keys)).forEach(chunk -> panache.list("stream = :stream and state = :state and subjectKey in :keys",
                        Parameters.with("stream", stream.name()).and("state", ConflictState.OPEN.name()).and("keys", chunk))
                .forEach(e -> open.put(e.subjectKey, mapper.toDomain(e))));
        return open;
    }

    @Override
    public Page<SyncConflict> find(ConflictState state, ConflictKind kind, Paging paging) {
        DynamicQuery query = new DynamicQuery();
        if (state != null) {
            query.and("state = :state", "state", state.name());
        }
        if (kind != null) {
            query.and("kind = :kind", "kind", kind.name());
        }
        return query.page(panache, NEWEST_FIRST, paging).map(mapper::toDomain);
    }

    @Override
    public void save(SyncConflict conflict) {
        SyncConflictJpaEntity entity = panache.findByIdOptional(conflict.getId().value()).orElse(null);
        if (entity == null) {
            entity = new SyncConflictJpaEntity();
            mapper.copy(conflict, entity);
            panache.persist(entity);
        } else {
            mapper.copy(conflict, entity);
        }
    }
}
