package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
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

    private Optional<ProjectExecutionJpaEntity> entity(ProjectCode code) {
        return panache.getSession().bySimpleNaturalId(ProjectExecutionJpaEntity.class).loadOptional(code.value());
    }
}
