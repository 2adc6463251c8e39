package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The key evaluations the caller may see, newest plan year first. */
public interface ListKeyEvaluationsQuery {

    Page<KeyEvaluationDetails> listKeyEvaluations(Actor actor, KeyEvaluationCriteria criteria, Paging paging);
}
