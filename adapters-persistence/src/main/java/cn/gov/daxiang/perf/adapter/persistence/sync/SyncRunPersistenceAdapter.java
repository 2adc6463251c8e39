package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.sync.SyncRunRepository;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SyncRunPersistenceAdapter implements SyncRunRepository {

    private static final Sort NEWEST_FIRST = Sort.descending("startedAt").and("id", Sort.Direction.Descending);

    private final SyncRunPanacheRepository panache;
    private final SyncPersistenceMapper mapper;

    @Inject
    public SyncRunPersistenceAdapter(SyncRunPanacheRepository panache, SyncPersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    @Override
    public Optional<SyncRun> findById(SyncRunId id) {
        return panache.findByIdOptional(id.value()).map(mapper::toDomain);
    }

    @Override
    public Page<SyncRun> find(SyncRunState state, Paging paging) {
        DynamicQuery query = new DynamicQuery();
        if (state != null) {
            query.and("state = :state", "state", state.name());
        }
        return query.page(panache, NEWEST_FIRST, paging).map(mapper::toDomain);
    }

    @Override
    public List<SyncRun> findRunning() {
        return panache.list("state", SyncRunState.RUNNING.name()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public boolean anyStartedSince(SyncTrigger trigger, Instant since) {
        return panache.count("trigger = ?1 and startedAt >= ?2", trigger.name(), mapper.time(since)) > 0;
    }

    @Override
    public void save(SyncRun run) {
        SyncRunJpaEntity entity = panache.findByIdOptional(run.getId().value()).orElse(null);
        if (entity == null) {
            entity = new SyncRunJpaEntity();
            mapper.copy(run, entity);
            panache.persist(entity);
        } else {
            mapper.copy(run, entity);
        }
    }
}
