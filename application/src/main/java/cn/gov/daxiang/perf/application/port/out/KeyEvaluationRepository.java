package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

import java.util.List;
import java.util.Optional;

/** Key evaluations (重点评价) with their indicator copy, scores, findings and history. */
public interface KeyEvaluationRepository {

    record Stored(KeyEvaluation evaluation, long revision) {
    }

    Optional<Stored> findById(KeyEvaluationId id);

    /**
     * Every evaluation matching {@code criteria}, newest plan year first, then in planning order. Not paged here: a
     * district plans tens a year, and who may see which is decided per evaluation by the service (a unit's visibility
     * depends on the object's projects).
     */
    List<Stored> find(KeyEvaluationCriteria criteria);

    long add(KeyEvaluation evaluation);

    long update(KeyEvaluation evaluation, long expectedRevision);
}
