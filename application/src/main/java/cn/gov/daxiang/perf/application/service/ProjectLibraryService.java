package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.goal.ProjectReadinessQuery;
import cn.gov.daxiang.perf.application.port.in.library.EnterProjectLibraryUseCase;
import cn.gov.daxiang.perf.application.port.in.library.LibraryStatusQuery;
import cn.gov.daxiang.perf.application.port.out.LibraryEntryRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementAccessPolicy;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The project library (入库): finance enters a project when the standard readiness (every check the readiness query
 * runs, whatever checks it holds) passes; the entry keeps the report it passed. A project enters once (409 after).
 */
@ApplicationScoped
@Transactional
public class ProjectLibraryService implements EnterProjectLibraryUseCase, LibraryStatusQuery {

    private final LibraryEntryRepository entries;
    private final ProjectRepository projects;
    private final DataScopes scopes;
    private final ProjectReadinessQuery readiness;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public ProjectLibraryService(LibraryEntryRepository entries, ProjectRepository projects, DataScopes scopes,
                                 ProjectReadinessQuery readiness, ChangePipeline pipeline, Clock clock) {
        this.entries = entries;
        this.projects = projects;
        this.scopes = scopes;
        this.readiness = readiness;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public LibraryEntry enterLibrary(Actor actor, ProjectCode projectCode) {
        Project project = visible(actor, projectCode);
        ArrangementAccessPolicy.requireFinance(actor, "enter-project-library");
        entries.findByProject(projectCode).ifPresent(existing -> {
            throw alreadyIn(existing);
        });
        ReadinessReport report = readiness.projectReadiness(actor, projectCode);
        LibraryEntry entry = LibraryEntry.enter(project, report, ActorId.of(actor.userId()), clock.instant());
        pipeline.create(actor, entry, entries::add);
        return entry;
    }

    @Override
    public Optional<LibraryEntry> libraryEntry(Actor actor, ProjectCode projectCode) {
        visible(actor, projectCode);
        return entries.findByProject(projectCode);
    }

    @Override
    public Map<ProjectCode, LibraryEntry> libraryEntries(Collection<ProjectCode> projectCodes) {
        return entries.findByProjects(projectCodes).stream().collect(Collectors.toMap(LibraryEntry::getProjectCode, Function.identity()));
    }

    private Project visible(Actor actor, ProjectCode code) {
        DataScope scope = scopes.readScope(actor);
        return projects.findByCode(code).filter(p -> scope.includes(p.getUnitCode())).orElseThrow(() -> new ProjectNotFoundException(code));
    }

    static AlreadyExistsException alreadyIn(LibraryEntry existing) {
        return new AlreadyExistsException("PROJECT_ALREADY_IN_LIBRARY", Map.of("projectCode", existing.getProjectCode().value(),
                "enteredAt", existing.getEnteredAt().toString()));
    }
}
