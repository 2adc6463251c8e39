package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;

/** The self-evaluation table of one evaluation the actor may see. */
public interface SelfEvaluationTableQuery {

    SelfEvaluationTable selfEvaluationTable(Actor actor, SelfEvaluationId id);
}
