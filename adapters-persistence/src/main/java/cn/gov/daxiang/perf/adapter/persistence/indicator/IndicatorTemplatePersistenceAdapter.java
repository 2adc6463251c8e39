package cn.gov.daxiang.perf.adapter.persistence.indicator;

import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.IndicatorTemplateRepository;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.TemplateSearchCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The library's search in SQL means what {@link TemplateSearchCriteria#matches} means in the domain. */
@ApplicationScoped
public class IndicatorTemplatePersistenceAdapter implements IndicatorTemplateRepository {

    private static final Sort ORDER = Sort.by("industry").and("level1").and("level2").and("name");

    private final IndicatorTemplatePanacheRepository panache;
    private final IndicatorTemplatePersistenceMapper mapper;

    @Inject
    public IndicatorTemplatePersistenceAdapter(IndicatorTemplatePanacheRepository panache, IndicatorTemplatePersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findById(TemplateId id) {
        return panache.find("templateId", id.value()).firstResultOptional().map(e -> new Stored(mapper.toDomain(e), e.version));
    }

    @Override
    public List<IndicatorTemplate> findByIds(Collection<TemplateId> ids) {
        return Chunks.of(ids.stream().map(TemplateId::value).toList())
                .flatMap(chunk -> panache.list("templateId in ?1", chunk).stream()).map(mapper::toDomain).toList();
    }

    @Override
    public Page<Stored> search(TemplateSearchCriteria criteria, Paging paging) {
        DynamicQuery query = new DynamicQuery();
        if (criteria.keyword() != null) {
            query.and("lower(name) like :keyword escape '\\' or lower(coalesce(explanation, '')) like :keyword escape '\\'"
                    + " or lower(keywords) like :keyword escape '\\'", Map.of("keyword", DynamicQuery.containing(criteria.keyword().toLowerCase())));
        }
        if (criteria.level1() != null) {
            query.and("level1 = :level1", "level1", criteria.level1());
        }
        if (criteria.level2() != null) {
            query.and("level2 = :level2", "level2", criteria.level2());
        }
        if (criteria.industry() != null) {
            query.and("industry = :industry", "industry", criteria.industry());
        }
        if (criteria.active() != null) {
            query.and("active = :active", "active", criteria.active());
        }
        return query.page(panache, ORDER, paging).map(e -> new Stored(mapper.toDomain(e), e.version));
    }

    @Override
    public List<IndicatorTemplate> findActive() {
        return panache.list("active", ORDER, true).stream().map(mapper::toDomain).toList();
    }

    @Override
    public long add(IndicatorTemplate template) {
        IndicatorTemplateJpaEntity entity = new IndicatorTemplateJpaEntity();
        entity.templateId = template.getId().value();
        mapper.copyDetails(template.getDetails(), entity);
        entity.active = template.isActive();
        entity.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        entity.updatedAt = entity.createdAt;
        panache.persist(entity);
        panache.flush();
        return entity.version;
    }

    @Override
    public long update(IndicatorTemplate template, long expectedRevision) {
        IndicatorTemplateJpaEntity entity = panache.find("templateId", template.getId().value()).firstResult();
        RevisionLocks.lockForChange(panache.getEntityManager(), entity, e -> e.version, expectedRevision, IndicatorTemplate.AUDIT_TYPE,
                template.getId().toString());
        mapper.copyDetails(template.getDetails(), entity);
        entity.active = template.isActive();
        entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        panache.flush();
        return entity.version;
    }
}
