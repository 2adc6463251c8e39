package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalActionPolicy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalNotFoundException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads goals the way every goal use case needs them: only if the actor may see them (not found
 * otherwise), at the revision the caller read (stale otherwise), with the unit's supervising department
 * at hand for the review rules.
 */
@ApplicationScoped
public class VisibleGoals {

    private final GoalRepository goals;
    private final BudgetUnitRepository units;
    private final ProjectRepository projects;
    private final DataScopes scopes;

    @Inject
    public VisibleGoals(GoalRepository goals, BudgetUnitRepository units, ProjectRepository projects, DataScopes scopes) {
        this.goals = goals;
        this.units = units;
        this.projects = projects;
        this.scopes = scopes;
    }

    /** The goal as this caller reads it: the actions it may take now ({@link GoalActionPolicy}) and the names a table shows. */
    public GoalView view(Actor actor, GoalDetails details) {
        return views(actor, List.of(details)).get(0);
    }

    /**
     * The goals as this caller reads them, e.g. a page of a list: the units (for their names and supervising
     * departments) and the projects (for their names) are looked up once for all of them, not per goal.
     */
    public List<GoalView> views(Actor actor, List<GoalDetails> details) {
        return views(actor, details, List.of(), List.of());
    }

    /**
     * As {@link #views(Actor, List)}, for a caller that has already read the units and projects (an import checked
     * them): only those missing are looked up, so 10,000 imported goals do not read their 10,000 projects twice.
     */
    public List<GoalView> views(Actor actor, List<GoalDetails> details, Collection<BudgetUnit> knownUnits, Collection<Project> knownProjects) {
        Map<UnitCode, BudgetUnit> unitsByCode = knownUnits.stream().collect(Collectors.toMap(BudgetUnit::getCode, Function.identity(), (a, b) -> a));
        units.findByCodes(details.stream().map(d -> d.goal().getUnitCode()).filter(c -> !unitsByCode.containsKey(c)).distinct().toList())
                .forEach(u -> unitsByCode.putIfAbsent(u.getCode(), u));
        Map<ProjectCode, Project> projectsByCode = knownProjects.stream()
                .collect(Collectors.toMap(Project::getCode, Function.identity(), (a, b) -> a));
        projects.findByCodes(details.stream().map(d -> d.goal().getProjectCode().orElse(null))
                        .filter(c -> c != null && !projectsByCode.containsKey(c)).distinct().toList())
                .forEach(p -> projectsByCode.putIfAbsent(p.getCode(), p));
        return details.stream().map(d -> {
            PerformanceGoal goal = d.goal();
            BudgetUnit unit = unitsByCode.get(goal.getUnitCode());
            UnitCode department = unit == null ? null : unit.getSupervisingDepartment().orElse(null);
            List<GoalAction> offered = GoalActionPolicy.offered(actor, goal.getStatus(), goal.getUnitCode(), department);
            Project project = goal.getProjectCode().map(projectsByCode::get).orElse(null);
            return GoalView.of(goal, d.revision(), d.reviewAgency(), offered, unit == null ? null : unit.getName(),
                    project == null ? null : project.getName());
        }).toList();
    }

    public GoalDetails load(Actor actor, GoalId id) {
        GoalRepository.Stored stored = goals.findById(id).orElseThrow(() -> new GoalNotFoundException(id));
        AgencyId agency = stored.reviewAgency();
        if (!GoalAccessPolicy.canSee(actor, stored.goal().getUnitCode(), scopes.readScope(actor), agency)) {
            throw new GoalNotFoundException(id);
        }
        return new GoalDetails(stored.goal(), stored.revision(), agency);
    }

    /** As {@link #load}, and refuses a change made from an older revision than the stored one. */
    public GoalDetails loadForChange(Actor actor, GoalId id, long revision) {
        GoalDetails details = load(actor, id);
        if (details.revision() != revision) {
            throw new StaleRevisionException(PerformanceGoal.AUDIT_TYPE, id.toString(), revision, details.revision());
        }
        return details;
    }

    /** A goal for the change pipeline: loaded as {@link #loadForChange}, saved at the same revision. */
    public GoalForChange forChange(Actor actor, GoalId id, long revision) {
        return new GoalForChange(actor, id, revision);
    }

    /** One goal a caller changes; after loading it also knows the agency assigned to review it, if any. */
    public final class GoalForChange implements AggregateAccess<PerformanceGoal> {

        private final Actor actor;
        private final GoalId id;
        private final long revision;
        private AgencyId reviewAgency;

        private GoalForChange(Actor actor, GoalId id, long revision) {
            this.actor = actor;
            this.id = id;
            this.revision = revision;
        }

        @Override
        public PerformanceGoal load() {
            GoalDetails details = loadForChange(actor, id, revision);
            reviewAgency = details.reviewAgency();
            return details.goal();
        }

        @Override
        public long save(PerformanceGoal goal) {
            return goals.update(goal, revision);
        }

        /** The goal as saved, with its review agency, as the goal use cases answer. */
        public GoalDetails details(Saved<PerformanceGoal, ?> saved) {
            return new GoalDetails(saved.aggregate(), saved.revision(), reviewAgency);
        }
    }

    /** The department that supervises the goal's unit, or null when the unit is itself a department. */
    public UnitCode departmentOf(PerformanceGoal goal) {
        return units.findByCode(goal.getUnitCode()).flatMap(BudgetUnit::getSupervisingDepartment).orElse(null);
    }
}
