package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;

/**
 * The unit submits: every entry made and every missed indicator explained; the score, the grade and the scheme
 * configured for self-evaluations of the year are recorded.
 */
public interface SubmitSelfEvaluationUseCase {

    SelfEvaluationDetails submitSelfEvaluation(Actor actor, SelfEvaluationId id, long revision);
}
