package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationOutcome;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface SelfEvaluationRepository {

    record Stored(SelfEvaluation evaluation, long revision) {
    }

    /** One evaluation with its lines, in two statements. */
    Optional<Stored> findById(SelfEvaluationId id);

    /** The evaluation of a goal, if one was opened (one per goal). */
    Optional<SelfEvaluationId> findByGoal(UUID goalId);

    /** The matching evaluations of units in {@code scope}, by unit code then opening order. */
    Page<Stored> find(SelfEvaluationCriteria criteria, DataScope scope, Paging paging);

    /** Every evaluation of the year with a recorded result (submitted or further), read in chunks. */
    List<SelfEvaluation> findGraded(FiscalYear fiscalYear);

    /**
     * The outcome of every evaluation of the year with a recorded result, in the order they were recorded: what
     * {@link #findGraded} gives, without the indicator lines (a store reads one row per evaluation).
     */
    default List<SelfEvaluationOutcome> findOutcomes(FiscalYear fiscalYear) {
        return findGraded(fiscalYear).stream().flatMap(e -> SelfEvaluationOutcome.of(e).stream()).toList();
    }

    /** How many recorded results name the scheme. */
    long countGradedWith(GradeSchemeId schemeId);

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException for a second evaluation of a goal */
    long add(SelfEvaluation evaluation);

    /** Stores many new evaluations in JDBC batches; all or none. */
    void addAll(List<SelfEvaluation> evaluations);

    long update(SelfEvaluation evaluation, long expectedRevision);
}
