package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

/** One key evaluation the caller may see (404 otherwise). */
public interface FindKeyEvaluationQuery {

    KeyEvaluationDetails findKeyEvaluation(Actor actor, KeyEvaluationId id);
}
