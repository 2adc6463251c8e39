package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The commissioned agency's evaluator submits the report; the service totals and grades it. */
public interface SubmitKeyEvaluationUseCase {

    KeyEvaluationDetails submitKeyEvaluation(Actor actor, KeyEvaluationChange command);
}
