package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The self-evaluations the actor may see, by year, unit, kind, status, grade and project. */
public interface ListSelfEvaluationsQuery {

    Page<SelfEvaluationDetails> listSelfEvaluations(Actor actor, SelfEvaluationCriteria criteria, Paging paging);
}
