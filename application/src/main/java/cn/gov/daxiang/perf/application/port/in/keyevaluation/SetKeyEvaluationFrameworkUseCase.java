package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance or the commissioned agency's evaluator chooses or adjusts the framework until fieldwork starts. */
public interface SetKeyEvaluationFrameworkUseCase {

    KeyEvaluationDetails setKeyEvaluationFramework(Actor actor, SetKeyEvaluationFrameworkCommand command);
}
