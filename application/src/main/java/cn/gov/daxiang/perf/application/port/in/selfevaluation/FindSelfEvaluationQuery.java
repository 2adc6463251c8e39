package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;

/** One self-evaluation, if the actor may see it (SelfEvaluationNotFoundException otherwise). */
public interface FindSelfEvaluationQuery {

    SelfEvaluationDetails findSelfEvaluation(Actor actor, SelfEvaluationId id);
}
