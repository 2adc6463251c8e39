package cn.gov.daxiang.perf.adapter.persistence.preassessment;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assessments and their criteria rows; one assessment is read in two statements, a page or a project's list in three. */
@ApplicationScoped
public class PreAssessmentPersistenceAdapter implements PreAssessmentRepository {

    private final PreAssessmentPanacheRepository roots;
    private final PreAssessmentCriterionPanacheRepository criteria;
    private final PreAssessmentPersistenceMapper mapper;

    @Inject
    public PreAssessmentPersistenceAdapter(PreAssessmentPanacheRepository roots, PreAssessmentCriterionPanacheRepository criteria,
                                           PreAssessmentPersistenceMapper mapper) {
        this.roots = roots;
        this.criteria = criteria;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findById(PreAssessmentId id) {
        return roots.find("assessmentId", id.value()).firstResultOptional()
                .map(root -> new Stored(mapper.toDomain(root, criteria.list("assessmentPk", Sort.by("ordinal"), root.id)), root.version));
    }

    @Override
    public List<PreAssessment> findByProject(ProjectCode projectCode) {
        return withCriteria(roots.list("projectCode", Sort.by("id"), projectCode.value())).stream().map(Stored::assessment).toList();
    }

    @Override
    public Optional<PreAssessmentId> findOpenByProject(ProjectCode projectCode) {
        return roots.find("openProjectCode", projectCode.value()).firstResultOptional().map(r -> PreAssessmentId.of(r.assessmentId));
    }

    @Override
    public Page<Stored> find(PreAssessmentCriteria filter, DataScope scope, AgencyId agency, Paging paging) {
        if (scope.isEmpty() && agency == null) {
            return Page.of(List.of(), paging, 0);
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            Map<String, Object> visible = new LinkedHashMap<>();
            List<String> units = DynamicQuery.codes(scope);
            String byUnit = units.isEmpty() ? null : "unitCode in :scope";
            String byAgency = agency == null ? null : "agencyId = :agency";
            if (byUnit != null) {
                visible.put("scope", units);
            }
            if (byAgency != null) {
                visible.put("agency", agency.value());
            }
            query.and("(" + (byUnit == null ? byAgency : byAgency == null ? byUnit : byUnit + " or " + byAgency) + ")", visible);
        }
        filter.fiscalYearFilter().ifPresent(y -> query.and("fiscalYear = :fiscalYear", "fiscalYear", y.value()));
        filter.projectCodeFilter().ifPresent(p -> query.and("projectCode = :projectCode", "projectCode", p.value()));
        filter.stateFilter().ifPresent(s -> query.and("state = :state", "state", s.name()));
        filter.conclusionFilter().ifPresent(c -> query.and("conclusion = :conclusion", "conclusion", c.name()));
        Page<PreAssessmentJpaEntity> page = query.page(roots, Sort.descending("id"), paging);
        List<Stored> stored = withCriteria(page.items());
        return Page.of(stored, paging, page.total());
    }

    @Override
    public long add(PreAssessment assessment) {
        findOpenByProject(assessment.getProjectCode()).ifPresent(open -> {
            throw alreadyOpen(assessment, open.toString());
        });
        PreAssessmentJpaEntity root = new PreAssessmentJpaEntity();
        mapper.copyToRoot(assessment, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        roots.persist(root);
        List<AssessmentCriterion> copied = assessment.getCriteria();
        for (int i = 0; i < copied.size(); i++) {
            AssessmentCriterion c = copied.get(i);
            PreAssessmentCriterionJpaEntity row = new PreAssessmentCriterionJpaEntity();
            row.assessmentPk = root.id;
            row.ordinal = i;
            row.code = c.code();
            row.label = c.label();
            row.maxPoints = c.maxPoints();
            mapper.copyScore(assessment, row);
            criteria.persist(row);
        }
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_pre_assessment_open")) {
                throw alreadyOpen(assessment, "?");
            }
            throw e;
        }
        return root.version;
    }

    @Override
    public long update(PreAssessment assessment, long expectedRevision) {
        PreAssessmentJpaEntity root = roots.find("assessmentId", assessment.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("pre-assessment " + assessment.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, PreAssessment.AUDIT_TYPE, assessment.getId().toString());
        mapper.copyToRoot(assessment, root);
        root.updatedAt = now();
        for (PreAssessmentCriterionJpaEntity row : criteria.list("assessmentPk", root.id)) {
            mapper.copyScore(assessment, row);
        }
        em().flush();
        return root.version;
    }

    private List<Stored> withCriteria(List<PreAssessmentJpaEntity> rows) {
        Map<Long, List<PreAssessmentCriterionJpaEntity>> byRoot = new HashMap<>();
        Chunks.of(rows.stream().map(r -> r.id).toList())
                .flatMap(ids -> criteria.list("assessmentPk in ?1", Sort.by("assessmentPk").and("ordinal"), ids).stream())
                .forEach(c -> byRoot.computeIfAbsent(c.assessmentPk, k -> new ArrayList<>()).add(c));
        return rows.stream().map(r -> new Stored(mapper.toDomain(r, byRoot.getOrDefault(r.id, List.of())), r.version)).toList();
    }

    private static AlreadyExistsException alreadyOpen(PreAssessment assessment, String open) {
        return new AlreadyExistsException("PRE_ASSESSMENT_ALREADY_OPEN",
                Map.of("projectCode", assessment.getProjectCode().value(), "assessmentId", open));
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
