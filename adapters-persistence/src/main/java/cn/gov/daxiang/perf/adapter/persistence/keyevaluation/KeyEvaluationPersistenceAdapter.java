package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.RecordedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key evaluations: the root row, the object's projects and the scores. One evaluation is read in three statements, a
 * list in three (roots, then the children of all of them by chunks). A change rewrites the scores whole.
 */
@ApplicationScoped
public class KeyEvaluationPersistenceAdapter implements KeyEvaluationRepository {

    private final KeyEvaluationPanacheRepository roots;
    private final KeyEvaluationProjectPanacheRepository projects;
    private final KeyEvaluationScorePanacheRepository scores;
    private final KeyEvaluationPersistenceMapper mapper;

    @Inject
    public KeyEvaluationPersistenceAdapter(KeyEvaluationPanacheRepository roots, KeyEvaluationProjectPanacheRepository projects,
                                           KeyEvaluationScorePanacheRepository scores, KeyEvaluationPersistenceMapper mapper) {
        this.roots = roots;
        this.projects = projects;
        this.scores = scores;
        this.mapper = mapper;
    }

    @Override
    public Optional<Stored> findById(KeyEvaluationId id) {
        return roots.find("evaluationId", id.value()).firstResultOptional().map(root -> new Stored(mapper.toDomain(root,
                projects.list("evaluationPk", Sort.by("ordinal"), root.id), scores.list("evaluationPk", Sort.by("ordinal"), root.id)), root.version));
    }

    @Override
    public List<Stored> find(KeyEvaluationCriteria criteria) {
        DynamicQuery query = new DynamicQuery();
        criteria.fiscalYearFilter().ifPresent(y -> query.and("fiscalYear = :fiscalYear", "fiscalYear", y.value()));
        criteria.stateFilter().ifPresent(s -> query.and("state = :state", "state", s.name()));
        criteria.agencyFilter().ifPresent(a -> query.and("agencyId = :agencyId", "agencyId", a.value()));
        criteria.subjectKindFilter().ifPresent(k -> query.and("subjectKind = :subjectKind", "subjectKind", k.name()));
        List<KeyEvaluationJpaEntity> found = query.list(roots, Sort.descending("fiscalYear").and("id"));
        List<Long> ids = found.stream().map(r -> r.id).toList();
        Map<Long, List<KeyEvaluationProjectJpaEntity>> projectsOf = new HashMap<>();
        Map<Long, List<KeyEvaluationScoreJpaEntity>> scoresOf = new HashMap<>();
        Chunks.of(ids).flatMap(chunk -> projects.list("evaluationPk in ?1", Sort.by("evaluationPk").and("ordinal"), chunk).stream())
                .forEach(p -> projectsOf.computeIfAbsent(p.evaluationPk, k -> new ArrayList<>()).add(p));
        Chunks.of(ids).flatMap(chunk -> scores.list("evaluationPk in ?1", Sort.by("evaluationPk").and("ordinal"), chunk).stream())
                .forEach(s -> scoresOf.computeIfAbsent(s.evaluationPk, k -> new ArrayList<>()).add(s));
        return found.stream().map(root -> new Stored(mapper.toDomain(root, projectsOf.getOrDefault(root.id, List.of()),
                scoresOf.getOrDefault(root.id, List.of())), root.version)).toList();
    }

    @Override
    public long add(KeyEvaluation evaluation) {
        KeyEvaluationJpaEntity root = new KeyEvaluationJpaEntity();
        mapper.copyToRoot(evaluation, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        roots.persist(root);
        List<ProjectCode> codes = evaluation.getObject().projects();
        for (int i = 0; i < codes.size(); i++) {
            KeyEvaluationProjectJpaEntity row = new KeyEvaluationProjectJpaEntity();
            row.evaluationPk = root.id;
            row.ordinal = i;
            row.projectCode = codes.get(i).value();
            projects.persist(row);
        }
        insertScores(root, evaluation.getScores());
        em().flush();
        return root.version;
    }

    @Override
    public long update(KeyEvaluation evaluation, long expectedRevision) {
        KeyEvaluationJpaEntity root = roots.find("evaluationId", evaluation.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("key evaluation " + evaluation.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, KeyEvaluation.AUDIT_TYPE, evaluation.getId().toString());
        mapper.copyToRoot(evaluation, root);
        root.updatedAt = now();
        scores.delete("evaluationPk", root.id);
        em().flush();
        insertScores(root, evaluation.getScores());
        em().flush();
        return root.version;
    }

    private void insertScores(KeyEvaluationJpaEntity root, List<RecordedScore> recorded) {
        for (int i = 0; i < recorded.size(); i++) {
            KeyEvaluationScoreJpaEntity row = mapper.toEntity(recorded.get(i));
            row.evaluationPk = root.id;
            row.ordinal = i;
            scores.persist(row);
        }
    }

    private EntityManager em() {
        return roots.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
