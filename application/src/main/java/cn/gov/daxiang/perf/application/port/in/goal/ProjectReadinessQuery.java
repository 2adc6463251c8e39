package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;

/** Whether a project may enter the library and the budget (入库 / 预算安排), each check with its reason. */
public interface ProjectReadinessQuery {

    ReadinessReport projectReadiness(Actor actor, ProjectCode code);
}
