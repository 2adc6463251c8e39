package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalContentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentCommand;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviseGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.SubmitGoalUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalActionPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.GoalSubject;
import cn.gov.daxiang.perf.domain.goal.LiveGoal;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityFinding;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
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
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public GoalDeclarationService(GoalRepository goals, ProjectRepository projects, BudgetUnitRepository units,
                                  VisibleGoals visibleGoals, IndicatorTaxonomy taxonomy, GoalQualityChecks checks,
                                  GoalQualityContexts qualityContexts, ChangePipeline pipeline, Clock clock) {
        this.goals = goals;
        this.projects = projects;
        this.units = units;
        this.visibleGoals = visibleGoals;
        this.taxonomy = taxonomy;
        this.checks = checks;
        this.qualityContexts = qualityContexts;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public GoalView declareGoal(Actor actor, DeclareGoalCommand command) {
        GoalActionPolicy.require(actor, GoalAction.CREATE, GoalStatus.DRAFT, command.unitCode(), null, "declare-goal");
        units.findByCode(command.unitCode()).orElseThrow(() -> new BudgetUnitNotFoundException(command.unitCode()));
        if (command.kind().requiresProject() && command.projectCode() != null) {
            Project project = projects.findByCode(command.projectCode())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectCode()));
            GoalSubject.requireConsistent(command.kind(), command.fiscalYear(), command.unitCode(), project);
        }
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), command.kind(), command.fiscalYear(), command.unitCode(),
                command.projectCode(), command.upperLevelGoal(), command.content(), taxonomy, actor.userId(), clock.instant());
        LiveGoal subject = LiveGoal.of(goal);
        goals.findLive(subject).ifPresent(existing -> {
            throw subject.alreadyDeclared(existing.toString());
        });
        long revision = pipeline.create(actor, goal, goals::add);
        return visibleGoals.view(actor, new GoalDetails(goal, revision, null));
    }

    @Override
    public GoalView editGoal(Actor actor, EditGoalContentCommand command) {
        return change(actor, command.goalId(), command.revision(), GoalAction.EDIT, "edit-goal", goal -> {
            if (command.upperLevelGoal() != null) {
                goal.editUpperLevelGoal(command.upperLevelGoal(), actor.userId(), clock.instant());
            }
            goal.editContent(command.content(), taxonomy, actor.userId(), clock.instant());
        });
    }

    @Override
    public Submission submitGoal(Actor actor, GoalId id, long revision) {
        VisibleGoals.GoalForChange target = visibleGoals.forChange(actor, id, revision);
        Saved<PerformanceGoal, List<QualityFinding>> saved = pipeline.change(actor, target)
                .authorisedBy(goal -> authorise(actor, goal, GoalAction.SUBMIT, "submit-goal"))
                .applyAndAnswer(goal -> goal.submit(checks, qualityContexts.of(goal), actor.userId(), clock.instant()));
        return new Submission(visibleGoals.view(actor, target.details(saved)), saved.answer());
    }

    @Override
    public GoalView reviseGoal(Actor actor, GoalId id, long revision) {
        return change(actor, id, revision, GoalAction.REVISE, "revise-goal", goal -> goal.revise(actor.userId(), clock.instant()));
    }

    @Override
    public GoalView openGoalAdjustment(Actor actor, OpenGoalAdjustmentCommand command) {
        return change(actor, command.goalId(), command.revision(), GoalAction.OPEN_ADJUSTMENT, "adjust-goal",
                goal -> goal.openAdjustment(command.reason(), actor.userId(), clock.instant()));
    }

    private GoalView change(Actor actor, GoalId id, long revision, GoalAction action, String operation,
                            Consumer<PerformanceGoal> command) {
        VisibleGoals.GoalForChange target = visibleGoals.forChange(actor, id, revision);
        return visibleGoals.view(actor, target.details(pipeline.change(actor, target)
                .authorisedBy(goal -> authorise(actor, goal, action, operation))
                .apply(command)));
    }

    /** The unit's own steps: the same rule that offers them ({@link GoalActionPolicy}); the department plays no part. */
    private static void authorise(Actor actor, PerformanceGoal goal, GoalAction action, String operation) {
        GoalActionPolicy.require(actor, action, goal.getStatus(), goal.getUnitCode(), null, operation);
    }
}
