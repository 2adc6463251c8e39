package cn.gov.daxiang.perf.adapter.persistence.selfevaluation;

import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationLine;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationOutcome;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Self-evaluations in two tables (the evaluation, its lines). One evaluation is read in two statements, a page
 * in three; the score check reads a year's graded evaluations read-only, 500 at a time.
 */
@ApplicationScoped
public class SelfEvaluationPersistenceAdapter implements SelfEvaluationRepository {

    /** Evaluations written per flush in a bulk insert, and read per chunk by the score check. */
    private static final int BATCH = 500;

    private final SelfEvaluationPanacheRepository roots;
    private final SelfEvaluationLinePanacheRepository lines;
    private final SelfEvaluationPersistenceMapper mapper;

    @Inject
    public SelfEvaluationPersistenceAdapter(SelfEvaluationPanacheRepository roots, SelfEvaluationLinePanacheRepository lines,
                                            SelfEvaluationPersistenceMapper mapper) {
        this.roots = roots;
        this.lines = lines;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findById(SelfEvaluationId id) {
        return roots.find("evaluationId", id.value()).firstResultOptional()
                .map(root -> new Stored(mapper.toDomain(root, lines.list("evaluationPk", Sort.by("ordinal"), root.id)), root.version));
    }

    @Override
    public Optional<SelfEvaluationId> findByGoal(UUID goalId) {
        return em().createQuery("select e.evaluationId from SelfEvaluationJpaEntity e where e.goalId = :goal", UUID.class)
                .setParameter("goal", goalId).getResultStream().findFirst().map(SelfEvaluationId::of);
    }

    @Override
    public Page<Stored> find(SelfEvaluationCriteria criteria, DataScope scope, Paging paging) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), paging, 0);
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            query.and("unitCode in :scope", "scope", DynamicQuery.codes(scope));
        }
        criteria.fiscalYearFilter().ifPresent(y -> query.and("fiscalYear = :fiscalYear", "fiscalYear", y.value()));
        criteria.unitCodeFilter().ifPresent(u -> query.and("unitCode = :unitCode", "unitCode", u.value()));
        criteria.kindFilter().ifPresent(k -> query.and("kind = :kind", "kind", k.name()));
        criteria.statusFilter().ifPresent(s -> query.and("status = :status", "status", s.name()));
        criteria.gradeFilter().ifPresent(g -> query.and("grade = :grade", "grade", g.name()));
        criteria.projectCodeFilter().ifPresent(p -> query.and("projectCode = :projectCode", "projectCode", p.value()));
        criteria.executionFlaggedFilter().ifPresent(f -> query.and("executionFlagged = :executionFlagged", "executionFlagged", f));
        Page<SelfEvaluationJpaEntity> page = query.page(roots, Sort.by("unitCode").and("id"), paging);
        Map<Long, List<SelfEvaluationLineJpaEntity>> byEvaluation = linesOf(page.items().stream().map(r -> r.id).toList(), false);
        return page.map(root -> new Stored(mapper.toDomain(root, byEvaluation.getOrDefault(root.id, List.of())), root.version));
    }

    @Override
    public List<SelfEvaluation> findGraded(FiscalYear fiscalYear) {
        List<Long> ids = em().createQuery("select e.id from SelfEvaluationJpaEntity e where e.fiscalYear = :year"
                        + " and e.totalScore is not null order by e.id", Long.class)
                .setParameter("year", fiscalYear.value()).getResultList();
        List<SelfEvaluation> graded = new ArrayList<>(ids.size());
        Chunks.of(ids).forEach(chunk -> {
            List<SelfEvaluationJpaEntity> chunkRoots = em().createQuery("select e from SelfEvaluationJpaEntity e where e.id in :ids order by e.id",
                            SelfEvaluationJpaEntity.class)
                    .setParameter("ids", chunk).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
            Map<Long, List<SelfEvaluationLineJpaEntity>> byEvaluation = linesOf(chunk, true);
            chunkRoots.forEach(root -> graded.add(mapper.toDomain(root, byEvaluation.getOrDefault(root.id, List.of()))));
            em().clear();
        });
        return graded;
    }

    @Override
    public List<SelfEvaluationOutcome> findOutcomes(FiscalYear fiscalYear) {
        // One row per evaluation and no lines: the figures of the annual statistics need none of them.
        return em().createQuery("select e.kind, e.unitCode, e.status, e.grade, e.adjustedBudget from SelfEvaluationJpaEntity e"
                        + " where e.fiscalYear = :year and e.totalScore is not null order by e.id", Object[].class)
                .setParameter("year", fiscalYear.value()).getResultList().stream()
                .map(r -> new SelfEvaluationOutcome(SelfEvaluationKind.valueOf((String) r[0]), new UnitCode((String) r[1]), fiscalYear,
                        ReviewState.valueOf((String) r[2]), Grade.valueOf((String) r[3]),
                        r[4] == null ? Money.ZERO : new Money((BigDecimal) r[4])))
                .toList();
    }

    @Override
    public long countGradedWith(GradeSchemeId schemeId) {
        return roots.count("gradeSchemeId", schemeId.value());
    }

    @Override
    public long add(SelfEvaluation evaluation) {
        findByGoal(evaluation.getGoal().goalId()).ifPresent(existing -> {
            throw alreadyOpen(evaluation, existing.toString());
        });
        SelfEvaluationJpaEntity root = persistNew(evaluation);
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_self_evaluation_goal")) {
                throw alreadyOpen(evaluation, "?");
            }
            throw e;
        }
        return root.version;
    }

    @Override
    public void addAll(List<SelfEvaluation> evaluations) {
        for (int i = 0; i < evaluations.size(); i++) {
            persistNew(evaluations.get(i));
            if ((i + 1) % BATCH == 0) {
                em().flush();
                em().clear();
            }
        }
        em().flush();
    }

    @Override
    public long update(SelfEvaluation evaluation, long expectedRevision) {
        SelfEvaluationJpaEntity root = roots.find("evaluationId", evaluation.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("evaluation " + evaluation.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, SelfEvaluation.AUDIT_TYPE, evaluation.getId().toString());
        mapper.copyToRoot(evaluation, root);
        root.updatedAt = now();
        Map<UUID, SelfEvaluationLine> entries = new HashMap<>();
        evaluation.getLines().forEach(l -> entries.put(l.indicatorId(), l));
        for (SelfEvaluationLineJpaEntity line : lines.list("evaluationPk", root.id)) {
            mapper.copyEntries(entries.get(line.indicatorId), line);
        }
        em().flush();
        return root.version;
    }

    private SelfEvaluationJpaEntity persistNew(SelfEvaluation evaluation) {
        SelfEvaluationJpaEntity root = new SelfEvaluationJpaEntity();
        mapper.copyToRoot(evaluation, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        roots.persist(root);
        List<EvaluatedIndicator> indicators = evaluation.getIndicators();
        List<SelfEvaluationLine> entries = evaluation.getLines();
        for (int i = 0; i < indicators.size(); i++) {
            SelfEvaluationLineJpaEntity line = mapper.toLine(indicators.get(i));
            line.evaluationPk = root.id;
            line.ordinal = i;
            mapper.copyEntries(entries.get(i), line);
            lines.persist(line);
        }
        return root;
    }

    private static AlreadyExistsException alreadyOpen(SelfEvaluation evaluation, String existing) {
        return new AlreadyExistsException("SELF_EVALUATION_ALREADY_OPEN",
                Map.of("goalId", evaluation.getGoal().goalId().toString(), "evaluationId", existing));
    }

    private Map<Long, List<SelfEvaluationLineJpaEntity>> linesOf(List<Long> evaluationPks, boolean readOnly) {
        Map<Long, List<SelfEvaluationLineJpaEntity>> byEvaluation = new HashMap<>();
        Chunks.of(evaluationPks).forEach(ids -> em().createQuery("select l from SelfEvaluationLineJpaEntity l where l.evaluationPk in :ids"
                        + " order by l.evaluationPk, l.ordinal", SelfEvaluationLineJpaEntity.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, readOnly).getResultList()
                .forEach(l -> byEvaluation.computeIfAbsent(l.evaluationPk, k -> new ArrayList<>()).add(l)));
        return byEvaluation;
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
