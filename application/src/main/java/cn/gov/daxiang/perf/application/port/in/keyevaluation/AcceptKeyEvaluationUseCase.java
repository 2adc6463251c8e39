package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance accepts the report (验收); score and grade become final. */
public interface AcceptKeyEvaluationUseCase {

    KeyEvaluationDetails acceptKeyEvaluation(Actor actor, KeyEvaluationChange command);
}
