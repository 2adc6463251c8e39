package cn.gov.daxiang.perf.application.port.in.framework;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;

/** Finance administration publishes a framework version; earlier versions stay as they were. */
public interface PublishEvaluationFrameworkUseCase {

    EvaluationFramework publishFramework(Actor actor, PublishFrameworkCommand command);
}
