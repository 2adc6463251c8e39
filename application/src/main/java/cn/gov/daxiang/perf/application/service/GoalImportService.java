package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException.Problem;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand.Declaration;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalsUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalSubject;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Declares goals all or nothing: every declaration is checked first (the unit's own projects and years, one live
 * goal per subject, the goal's own rules), every problem is collected, and only a clean import is written, in
 * JDBC batches.
 */
@ApplicationScoped
@Transactional
public class GoalImportService implements ImportGoalsUseCase {

    private final GoalRepository goals;
    private final BudgetUnitRepository units;
    private final ProjectRepository projects;
    private final VisibleGoals visibleGoals;
    private final IndicatorTaxonomy taxonomy;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public GoalImportService(GoalRepository goals, BudgetUnitRepository units, ProjectRepository projects, VisibleGoals visibleGoals,
                             IndicatorTaxonomy taxonomy, ChangePipeline pipeline, Clock clock) {
        this.goals = goals;
        this.units = units;
        this.projects = projects;
        this.visibleGoals = visibleGoals;
        this.taxonomy = taxonomy;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public List<GoalView> importGoals(Actor actor, ImportGoalDeclarationsCommand command) {
        List<Declaration> declarations = command.declarations();
        declarations.forEach(d -> GoalAccessPolicy.requireUnitOf(actor, d.goal().unitCode(), "import-goals"));
        List<Problem> problems = new ArrayList<>();
        StoredReferences stored = checkAgainstStoredData(declarations, problems);
        Instant now = clock.instant();
        List<PerformanceGoal> created = new ArrayList<>();
        List<Runnable> updates = new ArrayList<>();
        List<GoalDetails> result = new ArrayList<>();
        for (int index = 0; index < declarations.size(); index++) {
            int at = index;
            GoalId replaces = declarations.get(index).replaces();
            DeclareGoalCommand d = declarations.get(index).goal();
            int problemsBefore = problems.size();
            if (replaces == null) {
                PerformanceGoal goal = attempt(problems, at, () -> PerformanceGoal.create(GoalId.newId(), d.kind(), d.fiscalYear(),
                        d.unitCode(), d.projectCode(), d.upperLevelGoal(), d.content(), taxonomy, actor.userId(), now));
                if (goal != null) {
                    created.add(goal);
                }
            } else {
                GoalDetails details = attempt(problems, at, () -> visibleGoals.load(actor, replaces));
                if (details != null) {
                    PerformanceGoal goal = details.goal();
                    AuditSnapshot before = goal.auditSnapshot();
                    attempt(problems, at, () -> {
                        goal.editContent(d.content(), taxonomy, actor.userId(), now);
                        return goal;
                    });
                    if (problems.size() == problemsBefore) {
                        updates.add(() -> {
                            long revision = pipeline.saveApplied(actor, before, goal, g -> goals.update(g, details.revision()));
                            result.add(new GoalDetails(goal, revision, details.reviewAgency()));
                        });
                    }
                }
            }
        }
        if (!problems.isEmpty() || command.unreadable() > 0) {
            throw new GoalImportRejectedException(problems);
        }
        pipeline.createAll(actor, created, goals::addAll);
        created.forEach(goal -> result.add(new GoalDetails(goal, 0, null)));
        updates.forEach(Runnable::run);
        return visibleGoals.views(actor, result, stored.units(), stored.projects().values());
    }

    /** The units and projects the check read, handed on to the answer's views rather than read again. */
    private record StoredReferences(List<BudgetUnit> units, Map<ProjectCode, Project> projects) {
    }

    /** Units and projects exist, projects are the unit's and the year's, and no subject gets two live goals. */
    private StoredReferences checkAgainstStoredData(List<Declaration> declarations, List<Problem> problems) {
        List<BudgetUnit> storedUnits = units.findByCodes(declarations.stream().map(d -> d.goal().unitCode()).collect(Collectors.toSet()));
        Set<UnitCode> knownUnits = storedUnits.stream().map(BudgetUnit::getCode).collect(Collectors.toSet());
        Map<ProjectCode, Project> knownProjects = new HashMap<>();
        projects.findByCodes(declarations.stream().map(d -> d.goal().projectCode()).filter(Objects::nonNull).collect(Collectors.toSet()))
                .forEach(p -> knownProjects.put(p.getCode(), p));
        Set<String> seen = new HashSet<>();
        Map<String, Map<String, Integer>> newBySubjectGroup = new LinkedHashMap<>();
        for (int index = 0; index < declarations.size(); index++) {
            DeclareGoalCommand d = declarations.get(index).goal();
            if (!knownUnits.contains(d.unitCode())) {
                problems.add(new Problem(index, "unitCode", "BUDGET_UNIT_NOT_FOUND", Map.of("unitCode", d.unitCode().value())));
                continue;
            }
            if (d.kind().requiresProject() && d.projectCode() != null) {
                Project project = knownProjects.get(d.projectCode());
                if (project == null) {
                    problems.add(new Problem(index, "projectCode", "PROJECT_NOT_FOUND", Map.of("projectCode", d.projectCode().value())));
                    continue;
                }
                attempt(problems, index, () -> {
                    GoalSubject.requireConsistent(d.kind(), d.fiscalYear(), d.unitCode(), project);
                    return project;
                });
            }
            if (declarations.get(index).replaces() == null && (!d.kind().requiresProject() || d.projectCode() != null)) {
                String subject = GoalSubject.key(d.kind(), d.unitCode(), d.projectCode());
                if (!seen.add(d.kind() + "|" + d.fiscalYear() + "|" + subject)) {
                    problems.add(new Problem(index, null, "GOAL_IMPORT_DUPLICATE_GOAL",
                            Map.of("kind", d.kind().name(), "subject", subject, "fiscalYear", d.fiscalYear().value())));
                }
                // a subject declared twice is reported above; the live-goal check names its last declaration
                newBySubjectGroup.computeIfAbsent(d.kind() + "|" + d.fiscalYear().value(), k -> new HashMap<>()).put(subject, index);
            }
        }
        newBySubjectGroup.values().forEach(bySubject -> {
            DeclareGoalCommand any = declarations.get(bySubject.values().iterator().next()).goal();
            goals.findLiveSubjectKeys(any.kind(), any.fiscalYear(), bySubject.keySet()).forEach(subject -> problems.add(
                    new Problem(bySubject.get(subject), null, "GOAL_ALREADY_DECLARED",
                            Map.of("kind", any.kind().name(), "subject", subject, "fiscalYear", any.fiscalYear().value(), "goalId", "?"))));
        });
        problems.sort(java.util.Comparator.comparingInt(Problem::declaration));
        return new StoredReferences(storedUnits, knownProjects);
    }

    /** Runs one step of a declaration; a refusal becomes a problem of that declaration (and of the field the domain names, if any). */
    private static <T> T attempt(List<Problem> problems, int declaration, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidValueException e) {
            problems.add(new Problem(declaration, e.field().orElse(null), e.code(), e.arguments()));
        } catch (DomainException e) {
            problems.add(new Problem(declaration, null, e.code(), e.arguments()));
        }
        return null;
    }
}
