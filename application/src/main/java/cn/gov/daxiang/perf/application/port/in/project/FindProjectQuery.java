package cn.gov.daxiang.perf.application.port.in.project;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;

/** Finds one project by its code. */
public interface FindProjectQuery {

    /** @throws ProjectNotFoundException when no project has the code, or the actor may not see its unit */
    Project findProject(Actor actor, ProjectCode code);
}
