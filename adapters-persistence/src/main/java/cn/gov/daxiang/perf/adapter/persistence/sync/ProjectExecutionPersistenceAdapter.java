package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ProjectExecutionPersistenceAdapter implements ProjectExecutionRepository {

    private final ProjectExecutionPanacheRepository panache;
    private final SyncPersistenceMapper mapper;

    @Inject
    public ProjectExecutionPersistenceAdapter(ProjectExecutionPanacheRepository panache, SyncPersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    @Override
    public List<ProjectExecution> findByCodes(Collection<ProjectCode> codes) {
        return Chunks.of(codes.stream().map(ProjectCode::value).toList())
                .flatMap(chunk -> panache.list("projectCode in ?1", chunk).stream()).map(mapper::toDomain).toList();
    }

    @Override
    public Optional<ProjectExecution> findByCode(ProjectCode code) {
        return entity(code).map(mapper::toDomain);
    }

    @Override
    public void save(ProjectExecution execution) {
        Optional<ProjectExecutionJpaEntity> existing = entity(execution.projectCode());
        ProjectExecutionJpaEntity entity = existing.orElseGet(ProjectExecutionJpaEntity::new);
        mapper.copy(execution, entity);
        if (existing.isEmpty()) {
            panache.persist(entity);
        }
    }

    /** The stored ones in one query per chunk (a new record is otherwise one SELECT each), the new ones persisted for batched inserts. */
    @Override
    public void saveAll(List<ProjectExecution> executions) {
        Map<String, ProjectExecutionJpaEntity> stored = new HashMap<>();
        Chunks.of(executions.stream().map(e -> e.projectCode().value()).toList())
                .flatMap(chunk -> panache.list("projectCode in ?1", chunk).stream())
                .forEach(e -> stored.put(e.projectCode, e));
        for (ProjectExecution execution : executions) {
            ProjectExecutionJpaEntity entity = stored.get(execution.projectCode().value());
            if (entity == null) {
                entity = new ProjectExecutionJpaEntity();
                mapper.copy(execution, entity);
                panache.persist(entity);
                stored.put(entity.projectCode, entity);
            } else {
                mapper.copy(execution, entity);
            }
        }
    }

    private Optional<ProjectExecutionJpaEntity> entity(ProjectCode code) {
        return panache.getSession().bySimpleNaturalId(ProjectExecutionJpaEntity.class).loadOptional(code.value());
    }
}
