package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.project.FindProjectQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import cn.gov.daxiang.perf.application.port.in.project.ProjectDetails;
import cn.gov.daxiang.perf.application.port.in.project.ProjectDetailsQuery;
import cn.gov.daxiang.perf.application.port.out.LibraryEntryRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class ProjectQueryService implements ListProjectsQuery, FindProjectQuery, ProjectDetailsQuery {

    private final ProjectRepository projects;
    private final LibraryEntryRepository libraryEntries;
    private final DataScopes scopes;

    @Inject
    public ProjectQueryService(ProjectRepository projects, LibraryEntryRepository libraryEntries, DataScopes scopes) {
        this.projects = projects;
        this.libraryEntries = libraryEntries;
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

    @Override
    public ProjectDetails findProjectDetails(Actor actor, ProjectCode code) {
        Project project = findProject(actor, code);
        return new ProjectDetails(project, libraryEntries.findByProject(code));
    }

    @Override
    public Page<ProjectDetails> listProjectDetails(Actor actor, ProjectCriteria criteria, Paging page) {
        Page<Project> found = listProjects(actor, criteria, page);
        Map<ProjectCode, LibraryEntry> entries = found.items().isEmpty() ? Map.of()
                : libraryEntries.findByProjects(found.items().stream().map(Project::getCode).toList()).stream()
                .collect(Collectors.toMap(LibraryEntry::getProjectCode, Function.identity()));
        return found.map(p -> new ProjectDetails(p, Optional.ofNullable(entries.get(p.getCode()))));
    }
}
