package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import cn.gov.daxiang.perf.domain.review.ReviewWorkflow;
import cn.gov.daxiang.perf.domain.review.Reviewable;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.ExecutionScore;
import cn.gov.daxiang.perf.domain.scoring.IndicatorScore;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.ScoreSheet;
import cn.gov.daxiang.perf.domain.scoring.ScoringEngine;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A self-evaluation (绩效自评) of one approved goal version after the year end: the unit enters what each
 * indicator achieved and the budget execution; the score sheet, the total and the grade follow from the
 * {@link ScoringEngine} rules and the weight template fixed when the evaluation was opened. An indicator
 * that missed its target needs a deviation reason before submission. The supervising department and then
 * finance review it (FINANCE_REVIEWED = completed); either may return it to the unit.
 */
public final class SelfEvaluation implements Auditable, Reviewable, RecordsEvents {

    public static final String AUDIT_TYPE = "self-evaluation";
    static final String ILLEGAL_TRANSITION = "SELF_EVALUATION_TRANSITION_ILLEGAL";
    public static final int REASON_MAX_LENGTH = 2000;
    public static final int SUMMARY_MAX_LENGTH = 2000;

    private final SelfEvaluationId id;
    private final GoalVersionReference goal;
    private final SelfEvaluationKind kind;
    private final UnitCode unitCode;
    private final FiscalYear fiscalYear;
    private final ProjectCode projectCode;
    private final List<EvaluatedIndicator> indicators;
    private final WeightTemplate template;
    private final Map<UUID, Achievement> achievements = new LinkedHashMap<>();
    private final Map<UUID, String> deviationReasons = new LinkedHashMap<>();
    private BudgetExecution execution;
    private ReportedExecution reportedExecution;
    private String overallAchievement;
    private final ReviewWorkflow workflow;
    private GradedScore result;
    private final RecordedEvents events = new RecordedEvents();

    private SelfEvaluation(SelfEvaluationId id, GoalVersionReference goal, SelfEvaluationKind kind, UnitCode unitCode,
                           FiscalYear fiscalYear, ProjectCode projectCode, List<EvaluatedIndicator> indicators,
                           WeightTemplate template, ReviewWorkflow workflow) {
        this.id = Objects.requireNonNull(id, "id");
        this.goal = Objects.requireNonNull(goal, "goal");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
        this.projectCode = checkedProjectCode(kind, projectCode);
        this.indicators = EvaluatedIndicator.checkedSnapshot(indicators);
        this.template = Objects.requireNonNull(template, "template");
        template.allocate(this.indicators);   // refuses now, not at submission, a template that cannot score this goal
        this.workflow = workflow;
    }

    /**
     * Opens a draft.
     *
     * @param projectCode required for a PROJECT evaluation, absent (null) for DEPARTMENT_OVERALL
     * @param indicators  the snapshot of the approved goal version's level-3 indicators
     * @param template    the weights to score with; kept with the evaluation, so later template changes
     *                    never change its score
     */
    public static SelfEvaluation open(SelfEvaluationId id, GoalVersionReference goal, SelfEvaluationKind kind,
                                      UnitCode unitCode, FiscalYear fiscalYear, ProjectCode projectCode,
                                      List<EvaluatedIndicator> indicators, WeightTemplate template) {
        SelfEvaluation evaluation = new SelfEvaluation(id, goal, kind, unitCode, fiscalYear, projectCode, indicators, template,
                ReviewWorkflow.start(ILLEGAL_TRANSITION));
        evaluation.events.record(new SelfEvaluationOpened(id, kind, goal));
        return evaluation;
    }

    /**
     * Opens a draft whose execution starts from the province's figures for the project (part of the opening: no
     * separate fill event); {@code synced} null, or figures that could never be scored (a zero budget), open it empty.
     */
    public static SelfEvaluation open(SelfEvaluationId id, GoalVersionReference goal, SelfEvaluationKind kind,
                                      UnitCode unitCode, FiscalYear fiscalYear, ProjectCode projectCode,
                                      List<EvaluatedIndicator> indicators, WeightTemplate template, ReportedExecution synced) {
        SelfEvaluation evaluation = open(id, goal, kind, unitCode, fiscalYear, projectCode, indicators, template);
        if (synced != null && !synced.figures().adjustedBudget().isZero()) {
            evaluation.reportedExecution = synced;
            evaluation.execution = synced.figures();
        }
        return evaluation;
    }

    /** Restores a stored evaluation; {@code result} is null unless it is submitted. */
    public static SelfEvaluation restore(SelfEvaluationId id, GoalVersionReference goal, SelfEvaluationKind kind,
                                         UnitCode unitCode, FiscalYear fiscalYear, ProjectCode projectCode,
                                         List<EvaluatedIndicator> indicators, WeightTemplate template,
                                         Collection<SelfEvaluationLine> lines, BudgetExecution execution,
                                         ReviewState state, List<ReviewStep> history, GradedScore result) {
        return restore(id, goal, kind, unitCode, fiscalYear, projectCode, indicators, template, lines, execution, null,
                state, history, result);
    }

    /** Restores a stored evaluation with the unit's account of the overall goal (null when none was given). */
    public static SelfEvaluation restore(SelfEvaluationId id, GoalVersionReference goal, SelfEvaluationKind kind,
                                         UnitCode unitCode, FiscalYear fiscalYear, ProjectCode projectCode,
                                         List<EvaluatedIndicator> indicators, WeightTemplate template,
                                         Collection<SelfEvaluationLine> lines, BudgetExecution execution,
                                         String overallAchievement, ReviewState state, List<ReviewStep> history,
                                         GradedScore result) {
        SelfEvaluation evaluation = new SelfEvaluation(id, goal, kind, unitCode, fiscalYear, projectCode, indicators,
                template, ReviewWorkflow.restore(ILLEGAL_TRANSITION, state, history));
        for (SelfEvaluationLine line : lines) {
            EvaluatedIndicator indicator = evaluation.indicator(line.indicatorId());
            if (line.achievement() != null) {
                evaluation.achievements.put(indicator.id(), line.achievement());
            }
            if (line.deviationReason() != null) {
                evaluation.deviationReasons.put(indicator.id(), line.deviationReason());
            }
        }
        evaluation.execution = execution;
        evaluation.reportedExecution = execution == null ? null : ReportedExecution.unit(execution);
        evaluation.overallAchievement = overallAchievement;
        evaluation.result = result;
        return evaluation;
    }

    /** Restores a stored evaluation whose execution says where its figures come from (null: never recorded). */
    public static SelfEvaluation restore(SelfEvaluationId id, GoalVersionReference goal, SelfEvaluationKind kind,
                                         UnitCode unitCode, FiscalYear fiscalYear, ProjectCode projectCode,
                                         List<EvaluatedIndicator> indicators, WeightTemplate template,
                                         Collection<SelfEvaluationLine> lines, ReportedExecution execution,
                                         String overallAchievement, ReviewState state, List<ReviewStep> history,
                                         GradedScore result) {
        SelfEvaluation evaluation = restore(id, goal, kind, unitCode, fiscalYear, projectCode, indicators, template, lines,
                (BudgetExecution) null, overallAchievement, state, history, result);
        evaluation.reportedExecution = execution;
        evaluation.execution = execution == null ? null : execution.figures();
        return evaluation;
    }

    /**
     * 绩效自评 looks back on a finished year: an evaluation of fiscal year Y can be opened from 1 January of
     * Y + 1 on (the district evaluated 2023 in autumn 2024).
     */
    public static void requireYearEnded(FiscalYear fiscalYear, LocalDate today) {
        LocalDate firstDayAfter = LocalDate.of(fiscalYear.value() + 1, 1, 1);
        if (today.isBefore(firstDayAfter)) {
            throw new RuleViolationException("SELF_EVALUATION_BEFORE_YEAR_END",
                    Map.of("fiscalYear", fiscalYear.value(), "from", firstDayAfter.toString()));
        }
    }

    /** Enters (or replaces) what an indicator achieved: a number for quantitative, a tier for qualitative. */
    public void recordAchievement(UUID indicatorId, Achievement achievement) {
        workflow.require(ReviewAction.EDIT);
        EvaluatedIndicator indicator = indicator(indicatorId);
        ScoringEngine.isMet(indicator, achievement);   // refuses an achievement of the wrong kind
        achievements.put(indicator.id(), achievement);
        events.record(new SelfEvaluationFilled(id));
    }

    /** Enters why an indicator missed its target and how the unit will improve; blank clears it. */
    public void explainDeviation(UUID indicatorId, String reason) {
        workflow.require(ReviewAction.EDIT);
        EvaluatedIndicator indicator = indicator(indicatorId);
        if (reason == null || reason.isBlank()) {
            deviationReasons.remove(indicator.id());
        } else {
            deviationReasons.put(indicator.id(), Texts.required("deviationReason", reason, REASON_MAX_LENGTH));
        }
        events.record(new SelfEvaluationFilled(id));
    }

    /** Enters 全年预算数 (adjusted) and 全年执行数 as the unit's own figures (where the sync holds none). */
    public void recordExecution(BudgetExecution budgetExecution) {
        recordExecution(ReportedExecution.unit(Objects.requireNonNull(budgetExecution, "budgetExecution")));
    }

    /**
     * Records the execution with its source (the province's figures, an override with its reason, or the unit's
     * figures); the execution score is computed from the effective figures.
     */
    public void recordExecution(ReportedExecution reported) {
        workflow.require(ReviewAction.EDIT);
        Objects.requireNonNull(reported, "reported");
        ScoringEngine.scoreExecution(reported.figures(), template.executionRateWeight());   // refuses now what could never be scored
        reportedExecution = reported;
        execution = reported.figures();
        events.record(new SelfEvaluationFilled(id));
    }

    /** Whether the unit's override of the province's figures differs from them beyond the tolerance. */
    public boolean isExecutionFlagged() {
        return reportedExecution != null && reportedExecution.flagged();
    }

    /** The execution with its source, as-of date, override reason and flag; empty before it is recorded. */
    public Optional<ReportedExecution> getReportedExecution() {
        return Optional.ofNullable(reportedExecution);
    }

    /** Enters the unit's account of the annual overall goal (年度总体目标实际完成情况); blank clears it. */
    public void describeOverallAchievement(String text) {
        workflow.require(ReviewAction.EDIT);
        overallAchievement = Texts.optional("overallAchievement", text, SUMMARY_MAX_LENGTH);
        events.record(new SelfEvaluationFilled(id));
    }

    /** Each indicator's 分值: its share of its group's weight in the template the evaluation was opened with. */
    public Map<UUID, BigDecimal> allocatedWeights() {
        return template.allocate(indicators);
    }

    /** The score of every indicator whose achievement is entered, so the table fills in line by line while drafting. */
    public Map<UUID, IndicatorScore> scoredLines() {
        Map<UUID, BigDecimal> weights = allocatedWeights();
        Map<UUID, IndicatorScore> scored = new LinkedHashMap<>();
        for (EvaluatedIndicator indicator : indicators) {
            Achievement achievement = achievements.get(indicator.id());
            if (achievement != null) {
                scored.put(indicator.id(), ScoringEngine.scoreIndicator(indicator, weights.get(indicator.id()), achievement));
            }
        }
        return scored;
    }

    /** The execution-rate line, once the budget execution is entered. */
    public Optional<ExecutionScore> executionScore() {
        return execution == null ? Optional.empty() : Optional.of(ScoringEngine.scoreExecution(execution, template.executionRateWeight()));
    }

    /** Whether every entry the score needs is there (all achievements and the budget execution). */
    public boolean isScorable() {
        return execution != null && indicators.stream().allMatch(i -> achievements.containsKey(i.id()));
    }

    /** The names of the indicators whose achievement is still missing, in the goal's order. */
    public List<String> missingAchievements() {
        return indicators.stream().filter(i -> !achievements.containsKey(i.id())).map(EvaluatedIndicator::name).toList();
    }

    /** The indicators that missed their target and still lack a deviation reason (submission refuses them). */
    public List<EvaluatedIndicator> unexplainedDeviations() {
        return unmetIndicators().stream().filter(i -> !deviationReasons.containsKey(i.id())).toList();
    }

    /**
     * Recomputes the recorded result from the stored entries with the scheme that graded it, so anyone can
     * check that a stored score is what the rules give (nothing recorded by hand, nothing changed since).
     *
     * @param recordedScheme the scheme the result names
     */
    public ResultCheck recheck(GradeScheme recordedScheme) {
        GradedScore recorded = getResult().orElseThrow(() -> new RuleViolationException("SELF_EVALUATION_NOT_GRADED",
                Map.of("evaluationId", id.toString(), "state", workflow.state().name())));
        if (!recordedScheme.getId().equals(recorded.schemeId())) {
            throw new IllegalArgumentException("evaluation " + id + " was graded by " + recorded.schemeId() + ", not " + recordedScheme.getId());
        }
        return new ResultCheck(id, recorded, recordedScheme.graded(scoreSheet().total()));
    }

    /** A recorded result beside its recomputation. */
    public record ResultCheck(SelfEvaluationId evaluationId, GradedScore recorded, GradedScore recomputed) {

        public boolean matches() {
            return recorded.equals(recomputed);
        }
    }

    /** The computed table; refused while an achievement or the budget execution is missing. */
    public ScoreSheet scoreSheet() {
        List<String> missing = indicators.stream().filter(i -> !achievements.containsKey(i.id())).map(EvaluatedIndicator::name).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("SELF_EVALUATION_ACHIEVEMENTS_MISSING", Map.of("indicators", missing));
        }
        if (execution == null) {
            throw new RuleViolationException("SELF_EVALUATION_EXECUTION_MISSING", Map.of("evaluationId", id.toString()));
        }
        return ScoringEngine.score(template, indicators, achievements, execution);
    }

    /** The total graded by {@code scheme}: a preview while drafting, the result once submitted. */
    public GradedScore grade(GradeScheme scheme) {
        return scheme.graded(scoreSheet().total());
    }

    /** The indicators whose entered achievement misses the target, in the goal's order. */
    public List<EvaluatedIndicator> unmetIndicators() {
        return indicators.stream()
                .filter(i -> achievements.containsKey(i.id()) && !ScoringEngine.isMet(i, achievements.get(i.id())))
                .toList();
    }

    /**
     * Submits with the score graded by {@code scheme}: complete entries are required, and a deviation
     * reason for every indicator that missed its target (the refusal names them all).
     */
    public void submit(ActorId actor, Instant at, GradeScheme scheme) {
        workflow.require(ReviewAction.SUBMIT);
        ScoreSheet sheet = scoreSheet();
        List<EvaluatedIndicator> unexplained = unexplainedDeviations();
        if (!unexplained.isEmpty()) {
            throw new RuleViolationException("SELF_EVALUATION_DEVIATION_REASON_MISSING", Map.of(
                    "indicators", unexplained.stream().map(EvaluatedIndicator::name).toList(),
                    "indicatorIds", unexplained.stream().map(i -> i.id().toString()).toList()));
        }
        GradedScore graded = scheme.graded(sheet.total());
        workflow.take(ReviewAction.SUBMIT, actor, at, null);
        result = graded;
        events.record(new SelfEvaluationSubmitted(id, graded));
    }

    /** Submits with the scheme the catalog names for self-evaluations of this fiscal year. */
    public void submit(ActorId actor, Instant at, GradeSchemeCatalog catalog) {
        workflow.require(ReviewAction.SUBMIT);
        submit(actor, at, catalog.schemeFor(EvaluationType.SELF_EVALUATION, fiscalYear));
    }

    @Override
    public void approveAsDepartment(ActorId actor, Instant at, String opinion) {
        workflow.take(ReviewAction.DEPT_APPROVE, actor, at, opinion);
        events.record(new SelfEvaluationStepTaken(id, ReviewAction.DEPT_APPROVE));
    }

    /** Back to the unit; the result is dropped, since the unit will change what it was computed from. */
    @Override
    public void returnByDepartment(ActorId actor, Instant at, String reason) {
        workflow.take(ReviewAction.DEPT_RETURN, actor, at, reason);
        result = null;
        events.record(new SelfEvaluationStepTaken(id, ReviewAction.DEPT_RETURN));
    }

    @Override
    public void approveAsFinance(ActorId actor, Instant at, String opinion) {
        workflow.take(ReviewAction.FINANCE_APPROVE, actor, at, opinion);
        events.record(completed(at));
    }

    @Override
    public void returnByFinance(ActorId actor, Instant at, String reason) {
        workflow.take(ReviewAction.FINANCE_RETURN, actor, at, reason);
        result = null;
        events.record(new SelfEvaluationStepTaken(id, ReviewAction.FINANCE_RETURN));
    }

    /** The completion as the province must hold it: the recorded result beside the table it was computed from. */
    private SelfEvaluationCompleted completed(Instant at) {
        ScoreSheet sheet = scoreSheet();
        List<SelfEvaluationCompleted.Line> lines = indicators.stream().map(i -> new SelfEvaluationCompleted.Line(i,
                achievements.get(i.id()), deviationReasons.get(i.id()), sheet.indicator(i.id()).orElseThrow())).toList();
        return new SelfEvaluationCompleted(id, kind, fiscalYear, unitCode, projectCode, goal, result, sheet.execution(),
                overallAchievement, at, lines);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    /** Finance has approved it: the evaluation is complete (审核通过). */
    public boolean isCompleted() {
        return workflow.state() == ReviewState.FINANCE_REVIEWED;
    }

    public SelfEvaluationId getId() {
        return id;
    }

    public GoalVersionReference getGoal() {
        return goal;
    }

    public SelfEvaluationKind getKind() {
        return kind;
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public Optional<ProjectCode> getProjectCode() {
        return Optional.ofNullable(projectCode);
    }

    public List<EvaluatedIndicator> getIndicators() {
        return indicators;
    }

    public WeightTemplate getTemplate() {
        return template;
    }

    /** One line per indicator in the goal's order, with what has been entered so far. */
    public List<SelfEvaluationLine> getLines() {
        return indicators.stream()
                .map(i -> new SelfEvaluationLine(i.id(), achievements.get(i.id()), deviationReasons.get(i.id())))
                .toList();
    }

    public Optional<BudgetExecution> getExecution() {
        return Optional.ofNullable(execution);
    }

    /** The unit's account of the annual overall goal (实际完成情况), if given. */
    public Optional<String> getOverallAchievement() {
        return Optional.ofNullable(overallAchievement);
    }

    public ReviewState getStatus() {
        return workflow.state();
    }

    public List<ReviewStep> getHistory() {
        return workflow.history();
    }

    public List<String> getAllowedActions() {
        return workflow.state().allowedActions().stream().map(Enum::name).toList();
    }

    /** Score, grade and scheme fixed at submission; empty while a draft. */
    public Optional<GradedScore> getResult() {
        return Optional.ofNullable(result);
    }

    /**
     * The evaluation as the audit trail records it: state, budget execution, the unit's entries line by line
     * (完成值 or tier, and the deviation reason) and the recorded result with its scheme.
     */
    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("status", workflow.state().name());
        fields.put("adjustedBudget", execution == null ? null : execution.adjustedBudget().toString());
        fields.put("executed", execution == null ? null : execution.executed().toString());
        if (reportedExecution != null && reportedExecution.source() != ExecutionSource.UNIT) {
            fields.put("executionSource", reportedExecution.source().name() + " " + reportedExecution.asOf()
                    + (reportedExecution.overrideReason() == null ? "" : " | " + reportedExecution.overrideReason())
                    + (reportedExecution.flagged() ? " | FLAGGED" : ""));
        }
        fields.put("overallAchievement", overallAchievement);
        for (int i = 0; i < indicators.size(); i++) {
            EvaluatedIndicator indicator = indicators.get(i);
            String key = String.format("line%02d %s", i + 1, indicator.name());
            Achievement achievement = achievements.get(indicator.id());
            fields.put(key + " achievement", achievement == null ? null : describe(achievement));
            fields.put(key + " deviationReason", deviationReasons.get(indicator.id()));
        }
        fields.put("totalScore", result == null ? null : result.score().toString());
        fields.put("grade", result == null ? null : result.grade().name());
        fields.put("gradeScheme", result == null ? null : result.schemeId().value());
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    private static String describe(Achievement achievement) {
        return achievement instanceof Achievement.Measured m ? m.actual().toPlainString()
                : ((Achievement.Judged) achievement).tier().name() + " " + ((Achievement.Judged) achievement).percentage().toPlainString() + "%";
    }

    private EvaluatedIndicator indicator(UUID indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("SELF_EVALUATION_INDICATOR_UNKNOWN",
                        Map.of("evaluationId", id.toString(), "indicatorId", String.valueOf(indicatorId))));
    }

    private static ProjectCode checkedProjectCode(SelfEvaluationKind kind, ProjectCode projectCode) {
        if (kind == SelfEvaluationKind.PROJECT && projectCode == null) {
            throw new InvalidValueException("projectCode", "SELF_EVALUATION_PROJECT_CODE_REQUIRED", Map.of("kind", kind.name()));
        }
        if (kind == SelfEvaluationKind.DEPARTMENT_OVERALL && projectCode != null) {
            throw new InvalidValueException("projectCode", "SELF_EVALUATION_PROJECT_CODE_NOT_ALLOWED",
                    Map.of("kind", kind.name(), "projectCode", projectCode.value()));
        }
        return projectCode;
    }

    @Override
    public String toString() {
        return "SelfEvaluation[" + id + " " + kind + " " + goal + " " + workflow.state() + "]";
    }
}
