package cn.gov.daxiang.perf.adapter.persistence.rectification;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationReport;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Items and their reports; one item is read in two statements, a page or a list in three. The overdue filter is the
 * domain's rule in SQL: the unit still owes the item (ISSUED, IN_PROGRESS, RETURNED) and its deadline is before the
 * criteria's day.
 */
@ApplicationScoped
public class RectificationPersistenceAdapter implements RectificationRepository {

    private static final List<String> AWAITING_UNIT = Arrays.stream(RectificationState.values())
            .filter(RectificationState::awaitsUnit).map(Enum::name).toList();

    private final RectificationPanacheRepository roots;
    private final RectificationReportPanacheRepository reports;
    private final RectificationPersistenceMapper mapper;

    @Inject
    public RectificationPersistenceAdapter(RectificationPanacheRepository roots, RectificationReportPanacheRepository reports,
                                           RectificationPersistenceMapper mapper) {
        this.roots = roots;
        this.reports = reports;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findById(RectificationId id) {
        return roots.find("rectificationId", id.value()).firstResultOptional()
                .map(root -> new Stored(mapper.toDomain(root, reports.list("rectificationPk", Sort.by("round"), root.id)), root.version));
    }

    @Override
    public List<Rectification> findByProject(ProjectCode projectCode) {
        return withReports(roots.list("projectCode", Sort.by("id"), projectCode.value())).stream().map(Stored::rectification).toList();
    }

    @Override
    public List<Rectification> findByEvaluation(EvaluationKind kind, UUID evaluationId) {
        return withReports(roots.list("evaluationKind = ?1 and evaluationId = ?2", Sort.by("id"), kind.name(), evaluationId)).stream()
                .map(Stored::rectification).toList();
    }

    @Override
    public Page<Stored> find(RectificationCriteria criteria, DataScope scope, Paging paging) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), paging, 0);
        }
        Page<RectificationJpaEntity> page = query(criteria, scope).page(roots, Sort.by("deadline").and("id", Sort.Direction.Descending), paging);
        return Page.of(withReports(page.items()), paging, page.total());
    }

    @Override
    public List<Rectification> findAll(RectificationCriteria criteria, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return withReports(query(criteria, scope).list(roots, Sort.by("id"))).stream().map(Stored::rectification).toList();
    }

    private static DynamicQuery query(RectificationCriteria criteria, DataScope scope) {
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            query.and("responsibleUnit in :scope", "scope", DynamicQuery.codes(scope));
        }
        criteria.evaluationFilter().ifPresent(e -> query.and("evaluationId = :evaluationId", "evaluationId", e));
        criteria.projectCodeFilter().ifPresent(p -> query.and("projectCode = :projectCode", "projectCode", p.value()));
        criteria.unitCodeFilter().ifPresent(u -> query.and("responsibleUnit = :unitCode", "unitCode", u.value()));
        criteria.stateFilter().ifPresent(s -> query.and("state = :state", "state", s.name()));
        criteria.evaluationYearFilter().ifPresent(y -> query.and("evaluationYear = :evaluationYear", "evaluationYear", y.value()));
        criteria.overdueFilter().ifPresent(overdue -> query.and(overdue
                ? "(state in :awaiting and deadline < :today)"
                : "(state not in :awaiting or deadline >= :today)", Map.of("awaiting", AWAITING_UNIT, "today", criteria.today())));
        return query;
    }

    @Override
    public long add(Rectification rectification) {
        if (rectification.getSource().fromFinding() && roots.count("evaluationKind = ?1 and evaluationId = ?2 and findingIndex = ?3",
                rectification.getSource().kind().name(), rectification.getSource().evaluationId(), rectification.getSource().findingIndex()) > 0) {
            throw alreadyIssued(rectification);
        }
        RectificationJpaEntity root = new RectificationJpaEntity();
        mapper.copyToRoot(rectification, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        roots.persist(root);
        persistNewReports(rectification, root, 0);
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_rectification_finding")) {
                throw alreadyIssued(rectification);
            }
            throw e;
        }
        return root.version;
    }

    @Override
    public long update(Rectification rectification, long expectedRevision) {
        RectificationJpaEntity root = roots.find("rectificationId", rectification.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("rectification " + rectification.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, Rectification.AUDIT_TYPE, rectification.getId().toString());
        mapper.copyToRoot(rectification, root);
        root.updatedAt = now();
        persistNewReports(rectification, root, (int) reports.count("rectificationPk", root.id));
        em().flush();
        return root.version;
    }

    /** Reports are only ever added: the rows beyond those stored. */
    private void persistNewReports(Rectification rectification, RectificationJpaEntity root, int stored) {
        List<RectificationReport> all = rectification.getReports();
        for (RectificationReport report : all.subList(Math.min(stored, all.size()), all.size())) {
            RectificationReportJpaEntity row = mapper.toRow(report);
            row.rectificationPk = root.id;
            reports.persist(row);
        }
    }

    private List<Stored> withReports(List<RectificationJpaEntity> rows) {
        Map<Long, List<RectificationReportJpaEntity>> byRoot = new HashMap<>();
        Chunks.of(rows.stream().map(r -> r.id).toList())
                .flatMap(ids -> reports.list("rectificationPk in ?1", Sort.by("rectificationPk").and("round"), ids).stream())
                .forEach(r -> byRoot.computeIfAbsent(r.rectificationPk, k -> new ArrayList<>()).add(r));
        return rows.stream().map(r -> new Stored(mapper.toDomain(r, byRoot.getOrDefault(r.id, List.of())), r.version)).toList();
    }

    private static AlreadyExistsException alreadyIssued(Rectification r) {
        return new AlreadyExistsException("RECTIFICATION_ALREADY_ISSUED", Map.of("evaluationId", r.getSource().evaluationId().toString(),
                "findingIndex", Objects.toString(r.getSource().findingIndex())));
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
