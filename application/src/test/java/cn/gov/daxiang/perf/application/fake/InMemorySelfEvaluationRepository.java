package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evaluations in memory, in opening order; one evaluation per goal, as the unique key has it. */
public class InMemorySelfEvaluationRepository implements SelfEvaluationRepository {

    private final Map<SelfEvaluationId, SelfEvaluation> stored = new LinkedHashMap<>();
    private final Revisions<SelfEvaluationId> revisions = new Revisions<>(SelfEvaluation.AUDIT_TYPE);

    /** Every stored evaluation, in opening order (copies). */
    public List<SelfEvaluation> all() {
        return stored.values().stream().map(Copies::of).toList();
    }

    @Override
    public Optional<Stored> findById(SelfEvaluationId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public Optional<SelfEvaluationId> findByGoal(UUID goalId) {
        return stored.values().stream().filter(e -> e.getGoal().goalId().equals(goalId)).map(SelfEvaluation::getId).findFirst();
    }

    @Override
    public Page<Stored> find(SelfEvaluationCriteria criteria, DataScope scope, Paging paging) {
        return Pages.of(stored.values().stream()
                .filter(e -> scope.includes(e.getUnitCode()))
                .filter(e -> criteria.fiscalYearFilter().map(e.getFiscalYear()::equals).orElse(true))
                .filter(e -> criteria.unitCodeFilter().map(e.getUnitCode()::equals).orElse(true))
                .filter(e -> criteria.kindFilter().map(k -> k == e.getKind()).orElse(true))
                .filter(e -> criteria.statusFilter().map(s -> s == e.getStatus()).orElse(true))
                .filter(e -> criteria.gradeFilter().map(g -> e.getResult().map(GradedScore::grade).filter(g::equals).isPresent()).orElse(true))
                .filter(e -> criteria.projectCodeFilter().map(p -> e.getProjectCode().filter(p::equals).isPresent()).orElse(true))
                .filter(e -> criteria.executionFlaggedFilter().map(f -> f == e.isExecutionFlagged()).orElse(true))
                .sorted(Comparator.comparing(e -> e.getUnitCode().value())) // stable: opening order within a unit
                .map(this::stored).toList(), paging);
    }

    @Override
    public List<SelfEvaluation> findGraded(FiscalYear fiscalYear) {
        return stored.values().stream().filter(e -> e.getFiscalYear().equals(fiscalYear) && e.getResult().isPresent())
                .map(Copies::of).toList();
    }

    @Override
    public long countGradedWith(GradeSchemeId schemeId) {
        return stored.values().stream().filter(e -> e.getResult().filter(r -> r.schemeId().equals(schemeId)).isPresent()).count();
    }

    @Override
    public long add(SelfEvaluation evaluation) {
        findByGoal(evaluation.getGoal().goalId()).ifPresent(existing -> {
            throw alreadyOpen(evaluation, existing.toString());
        });
        stored.put(evaluation.getId(), Copies.of(evaluation));
        return revisions.added(evaluation.getId());
    }

    /** All or none, as the adapter's one transaction. */
    @Override
    public void addAll(List<SelfEvaluation> evaluations) {
        Map<SelfEvaluationId, SelfEvaluation> before = new LinkedHashMap<>(stored);
        try {
            evaluations.forEach(this::add);
        } catch (RuntimeException e) {
            stored.keySet().stream().filter(id -> !before.containsKey(id)).forEach(revisions::forget);
            stored.clear();
            stored.putAll(before);
            throw e;
        }
    }

    @Override
    public long update(SelfEvaluation evaluation, long expectedRevision) {
        long next = revisions.change(evaluation.getId(), expectedRevision);
        stored.put(evaluation.getId(), Copies.of(evaluation));
        return next;
    }

    private static AlreadyExistsException alreadyOpen(SelfEvaluation evaluation, String existing) {
        return new AlreadyExistsException("SELF_EVALUATION_ALREADY_OPEN",
                Map.of("goalId", evaluation.getGoal().goalId().toString(), "evaluationId", existing));
    }

    private Stored stored(SelfEvaluation evaluation) {
        return new Stored(Copies.of(evaluation), revisions.of(evaluation.getId()));
    }
}
