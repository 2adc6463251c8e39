package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.project.FindProjectQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class ProjectQueryService implements ListProjectsQuery, FindProjectQuery {

    private final ProjectRepository projects;
    private final DataScopes scopes;

    @Inject
    public ProjectQueryService(ProjectRepository projects, DataScopes scopes) {
        this.projects = projects;
        this.scopes = scopes;
    }

    @Override
    public Page<Project> listProjects(Actor actor, ProjectCriteria criteria, Paging page) {
        return projects.find(criteria, scopes.readScope(actor), page);
    }

    @Override
    public Project findProject(Actor actor, ProjectCode code) {
        DataScope scope = scopes.readScope(actor);
        return projects.findByCode(code).filter(p -> scope.includes(p.getUnitCode()))
                .orElseThrow(() -> new ProjectNotFoundException(code));
    }
}
