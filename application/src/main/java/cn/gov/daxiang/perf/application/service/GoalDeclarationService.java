package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.EditGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.OpenGoalAdjustmentUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviseGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.SubmitGoalUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.GoalSubject;
import cn.gov.daxiang.perf.domain.goal.LiveGoal;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityFinding;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
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
        LiveGoal subject = LiveGoal.of(goal);
        goals.findLive(subject).ifPresent(existing -> {
            throw subject.alreadyDeclared(existing.toString());
        });
        long revision = pipeline.create(actor, goal, goals::add);
        return new GoalDetails(goal, revision, null);
    }

    @Override
    public GoalDetails editGoal(Actor actor, GoalId id, long revision, GoalContent content, UpperLevelGoalReference upperLevelGoal) {
        return change(actor, id, revision, "edit-goal", goal -> {
            if (upperLevelGoal != null) {
                goal.editUpperLevelGoal(upperLevelGoal, actor.userId(), clock.instant());
            }
            goal.editContent(content, taxonomy, actor.userId(), clock.instant());
        });
    }

    @Override
    public Submission submitGoal(Actor actor, GoalId id, long revision) {
        VisibleGoals.GoalForChange target = visibleGoals.forChange(actor, id, revision);
        Saved<PerformanceGoal, List<QualityFinding>> saved = pipeline.change(actor, target)
                .authorisedBy(goal -> GoalAccessPolicy.requireUnitOf(actor, goal.getUnitCode(), "submit-goal"))
                .applyAndAnswer(goal -> goal.submit(checks, qualityContexts.of(goal), actor.userId(), clock.instant()));
        return new Submission(target.details(saved), saved.answer());
    }

    @Override
    public GoalDetails reviseGoal(Actor actor, GoalId id, long revision) {
        return change(actor, id, revision, "revise-goal", goal -> goal.revise(actor.userId(), clock.instant()));
    }

    @Override
    public GoalDetails openGoalAdjustment(Actor actor, GoalId id, long revision, String reason) {
        return change(actor, id, revision, "adjust-goal", goal -> goal.openAdjustment(reason, actor.userId(), clock.instant()));
    }

    private GoalDetails change(Actor actor, GoalId id, long revision, String operation, Consumer<PerformanceGoal> command) {
        VisibleGoals.GoalForChange target = visibleGoals.forChange(actor, id, revision);
        return target.details(pipeline.change(actor, target)
                .authorisedBy(goal -> GoalAccessPolicy.requireUnitOf(actor, goal.getUnitCode(), operation))
                .apply(command));
    }
}
