package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalContentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviseGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.SubmitGoalUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.GoalSubject;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityFinding;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What a unit does with its own goals: declare, edit, submit, revise, and ask for an adjustment. */
@ApplicationScoped
@Transactional
public class GoalDeclarationService implements DeclareGoalUseCase, EditGoalUseCase, SubmitGoalUseCase, ReviseGoalUseCase,
        OpenGoalAdjustmentUseCase {

    private final GoalRepository goals;
    private final ProjectRepository projects;
    private final BudgetUnitRepository units;
    private final VisibleGoals visibleGoals;
    private final IndicatorTaxonomy taxonomy;
    private final GoalQualityChecks checks;
    private final GoalQualityContexts qualityContexts;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public GoalDeclarationService(GoalRepository goals, ProjectRepository projects, BudgetUnitRepository units,
                                  VisibleGoals visibleGoals, IndicatorTaxonomy taxonomy, GoalQualityChecks checks,
                                  GoalQualityContexts qualityContexts, AuditTrail audit, Clock clock) {
        this.goals = goals;
        this.projects = projects;
        this.units = units;
        this.visibleGoals = visibleGoals;
        this.taxonomy = taxonomy;
        this.checks = checks;
        this.qualityContexts = qualityContexts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public GoalDetails declareGoal(Actor actor, DeclareGoalCommand command) {
        GoalAccessPolicy.requireUnitOf(actor, command.unitCode(), "declare-goal");
        units.findByCode(command.unitCode()).orElseThrow(() -> new BudgetUnitNotFoundException(command.unitCode()));
        if (command.kind().requiresProject() && command.projectCode() != null) {
            Project project = projects.findByCode(command.projectCode())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectCode()));
            GoalSubject.requireConsistent(command.kind(), command.fiscalYear(), command.unitCode(), project);
        }
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), command.kind(), command.fiscalYear(), command.unitCode(),
                command.projectCode(), command.upperLevelGoal(), command.content(), taxonomy, actor.userId(), clock.instant());
        String subject = GoalSubject.key(goal.getKind(), goal.getUnitCode(), goal.getProjectCode().orElse(null));
        goals.findLive(goal.getKind(), goal.getFiscalYear(), subject).ifPresent(existing -> {
            throw new AlreadyExistsException("GOAL_ALREADY_DECLARED", Map.of("kind", goal.getKind().name(),
                    "subject", subject, "fiscalYear", goal.getFiscalYear().value(), "goalId", existing.toString()));
        });
        long revision = goals.add(goal);
        audit.created(actor, goal);
        return new GoalDetails(goal, revision, null);
    }

    @Override
    public GoalDetails editGoal(Actor actor, EditGoalContentCommand command) {
        return change(actor, command.goalId(), command.revision(), "edit-goal", "edit", goal -> {
            if (command.upperLevelGoal() != null) {
                goal.editUpperLevelGoal(command.upperLevelGoal(), actor.userId(), clock.instant());
            }
            goal.editContent(command.content(), taxonomy, actor.userId(), clock.instant());
        });
    }

    @Override
    public Submission submitGoal(Actor actor, GoalId id, long revision) {
        GoalDetails details = visibleGoals.loadForChange(actor, id, revision);
        PerformanceGoal goal = details.goal();
        GoalAccessPolicy.requireUnitOf(actor, goal.getUnitCode(), "submit-goal");
        AuditSnapshot before = goal.auditSnapshot();
        List<QualityFinding> warnings = goal.submit(checks, qualityContexts.of(goal), actor.userId(), clock.instant());
        long newRevision = goals.update(goal, revision);
        audit.transitioned(actor, "submit", before, goal);
        return new Submission(new GoalDetails(goal, newRevision, details.reviewAgency()), warnings);
    }

    @Override
    public GoalDetails reviseGoal(Actor actor, GoalId id, long revision) {
        return change(actor, id, revision, "revise-goal", "revise", goal -> goal.revise(actor.userId(), clock.instant()));
    }

    @Override
    public GoalDetails openGoalAdjustment(Actor actor, OpenGoalAdjustmentCommand command) {
        return change(actor, command.goalId(), command.revision(), "adjust-goal", "open_adjustment",
                goal -> goal.openAdjustment(command.reason(), actor.userId(), clock.instant()));
    }

    private GoalDetails change(Actor actor, GoalId id, long revision, String operation, String action,
                               Consumer<PerformanceGoal> change) {
        GoalDetails details = visibleGoals.loadForChange(actor, id, revision);
        PerformanceGoal goal = details.goal();
        GoalAccessPolicy.requireUnitOf(actor, goal.getUnitCode(), operation);
        AuditSnapshot before = goal.auditSnapshot();
        change.accept(goal);
        long newRevision = goals.update(goal, revision);
        audit.transitioned(actor, action, before, goal);
        return new GoalDetails(goal, newRevision, details.reviewAgency());
    }
}
