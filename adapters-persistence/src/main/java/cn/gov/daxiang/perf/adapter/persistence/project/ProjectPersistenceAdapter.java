package cn.gov.daxiang.perf.adapter.persistence.project;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ProjectPersistenceAdapter implements ProjectRepository {

    private static final Sort BY_CODE = Sort.by("projectCode");

    private final ProjectPanacheRepository panache;
    private final ProjectPersistenceMapper mapper;

    @Inject
    public ProjectPersistenceAdapter(ProjectPanacheRepository panache, ProjectPersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    @Override
    public Optional<Project> findByCode(ProjectCode code) {
        return panache.findByProjectCode(code.value()).map(mapper::toDomain);
    }

    @Override
    public List<Project> findByCodes(Collection<ProjectCode> codes) {
        return Chunks.of(codes.stream().map(ProjectCode::value).toList())
                // kinds fetched in the same statement: thousands of projects must not cost a query per hundred
                .flatMap(chunk -> panache.list("select distinct p from ProjectJpaEntity p left join fetch p.kinds"
                        + " where p.projectCode in ?1", chunk).stream())
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public Page<Project> find(ProjectCriteria criteria, DataScope scope, Paging page) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            query.and("unitCode in :scope", "scope", DynamicQuery.codes(scope));
        }
        criteria.fiscalYearFilter().ifPresent(y -> query.and("fiscalYear = :fiscalYear", "fiscalYear", y.value()));
        criteria.unitCodeFilter().ifPresent(u -> query.and("unitCode = :unitCode", "unitCode", u.value()));
        criteria.categoryFilter().ifPresent(c -> query.and("category = :category", "category", c));
        criteria.kindFilter().ifPresent(k -> query.and(":kind member of kinds", "kind", k));
        return query.pageByIds(panache, ProjectJpaEntity.class, BY_CODE, page).map(mapper::toDomain);
    }

    @Override
    public void save(Project project) {
        Optional<ProjectJpaEntity> existing = panache.findByProjectCode(project.getCode().value());
        ProjectJpaEntity entity = existing.orElseGet(ProjectJpaEntity::new);
        mapper.copyToEntity(project, entity);
        if (existing.isEmpty()) {
            panache.persist(entity);
        }
    }

    /** The stored ones looked up by code in one query per chunk (not one per project), the new ones persisted for batched inserts. */
    @Override
    public void saveAll(List<Project> projects) {
        Map<String, ProjectJpaEntity> stored = new HashMap<>();
        Chunks.of(projects.stream().map(p -> p.getCode().value()).toList())
                .flatMap(chunk -> panache.list("select distinct p from ProjectJpaEntity p left join fetch p.kinds"
                        + " where p.projectCode in ?1", chunk).stream())
                .forEach(e -> stored.put(e.projectCode, e));
        for (Project project : projects) {
            ProjectJpaEntity entity = stored.get(project.getCode().value());
            if (entity == null) {
                entity = new ProjectJpaEntity();
                mapper.copyToEntity(project, entity);
                panache.persist(entity);
            } else {
                mapper.copyToEntity(project, entity);
            }
        }
    }

    @Override
    public void delete(ProjectCode code) {
        panache.findByProjectCode(code.value()).ifPresent(panache::delete);
    }
}
