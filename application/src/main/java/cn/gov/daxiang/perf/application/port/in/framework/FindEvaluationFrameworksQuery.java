package cn.gov.daxiang.perf.application.port.in.framework;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;

import java.util.List;

/** Frameworks are reference data: everybody authenticated reads every version. */
public interface FindEvaluationFrameworksQuery {

    List<EvaluationFramework> listFrameworks(Actor actor);

    EvaluationFramework findFramework(Actor actor, FrameworkReference reference);
}
