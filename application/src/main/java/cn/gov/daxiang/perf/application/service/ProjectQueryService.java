package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.project.FindProjectQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
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

    @Inject
    public ProjectQueryService(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Page<Project> listProjects(ProjectCriteria criteria, Paging page) {
        return projects.find(criteria, page);
    }

    @Override
    public Project findProject(ProjectCode code) {
        return projects.findByCode(code).orElseThrow(() -> new ProjectNotFoundException(code));
    }
}
