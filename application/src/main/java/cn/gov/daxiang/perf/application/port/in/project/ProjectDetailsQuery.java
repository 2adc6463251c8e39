package cn.gov.daxiang.perf.application.port.in.project;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/**
 * Projects with their library entries, read in one transaction: a read of a project or of a page is one unit of
 * work, not one for the projects and another for their entries.
 */
public interface ProjectDetailsQuery {

    /** @throws ProjectNotFoundException when no project has the code, or the actor may not see its unit */
    ProjectDetails findProjectDetails(Actor actor, ProjectCode code);

    /** A page of the projects the actor may see, each with its entry: the entries of the page in one lookup. */
    Page<ProjectDetails> listProjectDetails(Actor actor, ProjectCriteria criteria, Paging page);
}
