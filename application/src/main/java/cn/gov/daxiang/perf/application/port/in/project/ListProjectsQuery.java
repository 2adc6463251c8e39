package cn.gov.daxiang.perf.application.port.in.project;

import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** Lists projects by fiscal year, unit, category and kind, ordered by project code. */
public interface ListProjectsQuery {

    Page<Project> listProjects(ProjectCriteria criteria, Paging page);
}
