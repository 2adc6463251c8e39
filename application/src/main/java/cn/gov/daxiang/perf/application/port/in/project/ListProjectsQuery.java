package cn.gov.daxiang.perf.application.port.in.project;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** Lists the projects of the units the actor may see, by fiscal year, unit, category and kind, ordered by code. */
public interface ListProjectsQuery {

    Page<Project> listProjects(Actor actor, ProjectCriteria criteria, Paging page);
}
