package cn.gov.daxiang.perf.adapter.persistence.grade;

import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grade schemes and the two catalogs. A catalog is read in two statements (its revision row, its entries; the
 * grade catalog a third for the schemes) and replaced whole: its entries are deleted and written again, and its
 * revision row's @Version moves on, so two administrators cannot both replace the catalog they read.
 */
@ApplicationScoped
public class GradingConfigurationPersistenceAdapter implements GradingConfigurationRepository {

    private static final Sort ENTRY_ORDER = Sort.by("effectiveFrom").and("id");

    private final GradeSchemePanacheRepository schemes;
    private final EvaluationCatalogPanacheRepository catalogs;
    private final GradeSchemeAssignmentPanacheRepository gradeEntries;
    private final WeightTemplateAssignmentPanacheRepository weightEntries;
    private final GradingPersistenceMapper mapper;

    @Inject
    public GradingConfigurationPersistenceAdapter(GradeSchemePanacheRepository schemes, EvaluationCatalogPanacheRepository catalogs,
                                                  GradeSchemeAssignmentPanacheRepository gradeEntries,
                                                  WeightTemplateAssignmentPanacheRepository weightEntries, GradingPersistenceMapper mapper) {
        this.schemes = schemes;
        this.catalogs = catalogs;
        this.gradeEntries = gradeEntries;
        this.weightEntries = weightEntries;
        this.mapper = mapper;
    }

    @Override
    public List<StoredScheme> findSchemes() {
        return schemes.listAll(Sort.by("schemeId")).stream().map(e -> new StoredScheme(mapper.toDomain(e), e.version)).toList();
    }

    @Override
    public Optional<StoredScheme> findScheme(GradeSchemeId id) {
        return schemes.findByIdOptional(id.value()).map(e -> new StoredScheme(mapper.toDomain(e), e.version));
    }

    @Override
    public long addScheme(GradeScheme scheme) {
        if (schemes.findByIdOptional(scheme.getId().value()).isPresent()) {
            throw alreadyExists(scheme);
        }
        GradeSchemeJpaEntity entity = new GradeSchemeJpaEntity();
        mapper.copy(scheme, entity);
        entity.createdAt = now();
        entity.updatedAt = entity.createdAt;
        schemes.persist(entity);
        try {
            schemes.flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "pk_grade_scheme")) {
                throw alreadyExists(scheme);
            }
            throw e;
        }
        return entity.version;
    }

    @Override
    public long updateScheme(GradeScheme scheme, long expectedRevision) {
        GradeSchemeJpaEntity entity = schemes.findByIdOptional(scheme.getId().value())
                .orElseThrow(() -> new IllegalStateException("grade scheme " + scheme.getId() + " was never stored"));
        RevisionLocks.lockForChange(schemes.getEntityManager(), entity, e -> e.version, expectedRevision, GradeScheme.AUDIT_TYPE,
                scheme.getId().value());
        mapper.copy(scheme, entity);
        entity.updatedAt = now();
        schemes.flush();
        return entity.version;
    }

    @Override
    public StoredGradeSchemeCatalog gradeSchemeCatalog() {
        EvaluationCatalogJpaEntity revision = catalog(EvaluationCatalogJpaEntity.GRADE_SCHEMES);
        Map<String, GradeScheme> all = new HashMap<>();
        schemes.listAll().forEach(e -> all.put(e.schemeId, mapper.toDomain(e)));
        return new StoredGradeSchemeCatalog(mapper.toCatalog(gradeEntries.listAll(ENTRY_ORDER), all), revision.version);
    }

    @Override
    public long replaceGradeSchemeCatalog(GradeSchemeCatalog catalog, long expectedRevision) {
        EvaluationCatalogJpaEntity revision = catalogForChange(EvaluationCatalogJpaEntity.GRADE_SCHEMES, GradeSchemeCatalog.AUDIT_TYPE, expectedRevision);
        gradeEntries.deleteAll();
        gradeEntries.flush();
        catalog.entries().forEach(entry -> gradeEntries.persist(mapper.toEntity(entry)));
        revision.updatedAt = now();
        schemes.flush();
        return revision.version;
    }

    @Override
    public StoredWeightTemplateCatalog weightTemplateCatalog() {
        EvaluationCatalogJpaEntity revision = catalog(EvaluationCatalogJpaEntity.WEIGHT_TEMPLATES);
        return new StoredWeightTemplateCatalog(mapper.toWeightCatalog(weightEntries.listAll(ENTRY_ORDER)), revision.version);
    }

    @Override
    public long replaceWeightTemplateCatalog(WeightTemplateCatalog catalog, long expectedRevision) {
        EvaluationCatalogJpaEntity revision = catalogForChange(EvaluationCatalogJpaEntity.WEIGHT_TEMPLATES, WeightTemplateCatalog.AUDIT_TYPE,
                expectedRevision);
        weightEntries.deleteAll();
        weightEntries.flush();
        catalog.entries().forEach(entry -> weightEntries.persist(mapper.toEntity(entry)));
        revision.updatedAt = now();
        schemes.flush();
        return revision.version;
    }

    private EvaluationCatalogJpaEntity catalog(String name) {
        return catalogs.findByIdOptional(name).orElseThrow(() -> new IllegalStateException("catalog " + name + " is not seeded"));
    }

    private EvaluationCatalogJpaEntity catalogForChange(String name, String auditType, long expectedRevision) {
        EvaluationCatalogJpaEntity revision = catalog(name);
        RevisionLocks.lockForChange(catalogs.getEntityManager(), revision, r -> r.version, expectedRevision, auditType, "default");
        return revision;
    }


    private static AlreadyExistsException alreadyExists(GradeScheme scheme) {
        return new AlreadyExistsException("GRADE_SCHEME_ALREADY_EXISTS", Map.of("schemeId", scheme.getId().value()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
