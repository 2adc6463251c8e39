package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.OpenSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.RecordSelfEvaluationEntriesCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.RecordSelfEvaluationEntriesUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationEntries;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SubmitSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalBasis;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a unit does with its self-evaluations (绩效自评): open one per approved goal after the year end, enter
 * actuals, tiers, execution and reasons, and submit; the score, the grade and the scheme follow from the rules.
 */
@ApplicationScoped
@Transactional
public class SelfEvaluationService implements OpenSelfEvaluationUseCase, RecordSelfEvaluationEntriesUseCase, SubmitSelfEvaluationUseCase {

    private final SelfEvaluationRepository evaluations;
    private final GradingConfigurationRepository configuration;
    private final VisibleSelfEvaluations visibleEvaluations;
    private final VisibleGoals visibleGoals;
    private final SelfEvaluationPreviews previews;
    private final ChangePipeline pipeline;
    private final Clock clock;
    private final SyncedExecutionFigures figures;

    @Inject
    public SelfEvaluationService(SelfEvaluationRepository evaluations, GradingConfigurationRepository configuration,
                                 VisibleSelfEvaluations visibleEvaluations, VisibleGoals visibleGoals, SelfEvaluationPreviews previews,
                                 ChangePipeline pipeline, Clock clock, SyncedExecutionFigures figures) {
        this.figures = figures;
        this.evaluations = evaluations;
        this.configuration = configuration;
        this.visibleEvaluations = visibleEvaluations;
        this.visibleGoals = visibleGoals;
        this.previews = previews;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public SelfEvaluationDetails openSelfEvaluation(Actor actor, GoalId goalId) {
        PerformanceGoal goal = visibleGoals.load(actor, goalId).goal();
        EvaluationAccessPolicy.requireUnitOf(actor, goal.getUnitCode(), "open-self-evaluation");
        SelfEvaluation.requireYearEnded(goal.getFiscalYear(), DistrictCalendar.today(clock));
        evaluations.findByGoal(goalId.value()).ifPresent(existing -> {
            throw new AlreadyExistsException("SELF_EVALUATION_ALREADY_OPEN",
                    Map.of("goalId", goalId.toString(), "evaluationId", existing.toString()));
        });
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        SelfEvaluationKind kind = SelfEvaluationKind.of(basis.isDepartmentOverall());
        WeightTemplate template = configuration.weightTemplateCatalog().catalog().templateFor(kind, basis.fiscalYear())
                .fittedTo(basis.indicators());
        SelfEvaluation evaluation = SelfEvaluation.open(SelfEvaluationId.newId(), basis.goal(), kind, basis.unitCode(),
                basis.fiscalYear(), basis.projectCode(), basis.indicators(), template,
                figures.of(Optional.ofNullable(basis.projectCode()), basis.fiscalYear()).map(ReportedExecution::province).orElse(null));
        long revision = pipeline.create(actor, evaluation, evaluations::add);
        return previews.details(evaluation, revision);
    }

    @Override
    public SelfEvaluationDetails recordSelfEvaluationEntries(Actor actor, RecordSelfEvaluationEntriesCommand command) {
        Saved<SelfEvaluation, Void> saved = pipeline.change(actor, visibleEvaluations.forChange(actor, command.id(), command.revision()))
                .authorisedBy(evaluation -> EvaluationAccessPolicy.requireUnitOf(actor, evaluation.getUnitCode(), "fill-self-evaluation"))
                .apply(evaluation -> fill(evaluation, command.entries(), figures));
        return previews.details(saved.aggregate(), saved.revision());
    }

    @Override
    public SelfEvaluationDetails submitSelfEvaluation(Actor actor, SelfEvaluationId id, long revision) {
        Saved<SelfEvaluation, Void> saved = pipeline.change(actor, visibleEvaluations.forChange(actor, id, revision))
                .authorisedBy(evaluation -> EvaluationAccessPolicy.requireUnitOf(actor, evaluation.getUnitCode(), "submit-self-evaluation"))
                .apply(evaluation -> {
                    refresh(evaluation, figures);
                    evaluation.submit(ActorId.of(actor.userId()), clock.instant(), configuration.gradeSchemeCatalog().catalog());
                });
        return previews.details(saved.aggregate(), saved.revision());
    }

    /** Each entry in turn; a refused entry is a bad field of the request, named by its line, and changes nothing. */
    private static void fill(SelfEvaluation evaluation, SelfEvaluationEntries entries, SyncedExecutionFigures figures) {
        if (entries.execution() != null) {
            evaluation.recordExecution(figures.resolve(evaluation.getProjectCode(), evaluation.getFiscalYear(), entries.execution(),
                    entries.executionOverrideReason(), evaluation.getReportedExecution().orElse(null)));
        } else {
            refresh(evaluation, figures);
        }
        if (entries.overallAchievement() != null) {
            evaluation.describeOverallAchievement(entries.overallAchievement());
        }
        List<SelfEvaluationEntries.Line> lines = entries.lines();
        for (int i = 0; i < lines.size(); i++) {
            SelfEvaluationEntries.Line line = lines.get(i);
            String field = "lines[" + i + "]";
            try {
                if (line.achievement() != null) {
                    evaluation.recordAchievement(line.indicatorId(), line.achievement());
                }
                if (line.deviationReason() != null) {
                    evaluation.explainDeviation(line.indicatorId(), line.deviationReason());
                }
            } catch (InvalidValueException e) {
                throw e.forField(field + e.field().map(f -> "." + f).orElse(""));
            } catch (RuleViolationException e) {
                throw MonitoringReportService.lineRefused(field + ".indicatorId", e);
            }
        }
    }

    /**
     * The held execution against the latest synced figures; recorded only when that changes it. A department-overall
     * evaluation has no project, so its figures are always the unit's.
     */
    private static void refresh(SelfEvaluation evaluation, SyncedExecutionFigures figures) {
        ReportedExecution current = evaluation.getReportedExecution().orElse(null);
        ReportedExecution refreshed = figures.refresh(evaluation.getProjectCode(), evaluation.getFiscalYear(), current);
        if (refreshed != null && !refreshed.equals(current)) {
            evaluation.recordExecution(refreshed);
        }
    }
}
