package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.execution.ExecutionSource;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import cn.gov.daxiang.perf.domain.review.ReviewWorkflow;
import cn.gov.daxiang.perf.domain.review.Reviewable;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A monitoring report (绩效运行监控表) of one approved goal version in one round: goal achievement per
 * indicator and budget execution against time progress (双监控). The unit fills it, its supervising
 * department and then finance review it; either review may return it. At submission the warning is
 * assessed and kept; finance may decide to suspend the funds (暂缓拨款) of a report whose warning is RED.
 */
public final class MonitoringReport implements Auditable, Reviewable, RecordsEvents {

    public static final String AUDIT_TYPE = "monitoring-report";

    static final String ILLEGAL_TRANSITION = "MONITORING_REPORT_TRANSITION_ILLEGAL";

    private final MonitoringReportId id;
    private final MonitoringRoundId roundId;
    private final MonitoringPeriod period;
    private final GoalVersionReference goal;
    private final UnitCode unitCode;
    private final ProjectCode projectCode;
    private final List<EvaluatedIndicator> indicators;
    private final Map<UUID, IndicatorProgress> progress;
    private BudgetExecution execution;
    private ReportedExecution reportedExecution;
    private final ReviewWorkflow workflow;
    private Warning warning;
    private final List<FundsDecision> fundsDecisions;
    private final RecordedEvents events = new RecordedEvents();

    private MonitoringReport(MonitoringReportId id, MonitoringRoundId roundId, MonitoringPeriod period,
                             GoalVersionReference goal, UnitCode unitCode, ProjectCode projectCode,
                             List<EvaluatedIndicator> indicators, ReviewWorkflow workflow) {
        this.id = Objects.requireNonNull(id, "id");
        this.roundId = Objects.requireNonNull(roundId, "roundId");
        this.period = Objects.requireNonNull(period, "period");
        this.goal = Objects.requireNonNull(goal, "goal");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.projectCode = projectCode;
        this.indicators = EvaluatedIndicator.checkedSnapshot(indicators);
        this.progress = new LinkedHashMap<>();
        this.workflow = workflow;
        this.fundsDecisions = new ArrayList<>();
    }

    /**
     * Opens a draft report for a goal version in a round.
     *
     * @param projectCode the project the goal belongs to; null for a department-overall (部门整体) goal
     * @param indicators  the snapshot of the approved goal version's level-3 indicators
     */
    public static MonitoringReport open(MonitoringReportId id, MonitoringRound round, GoalVersionReference goal,
                                        UnitCode unitCode, ProjectCode projectCode, List<EvaluatedIndicator> indicators) {
        MonitoringReport report = new MonitoringReport(id, round.getId(), round.getPeriod(), goal, unitCode, projectCode, indicators,
                ReviewWorkflow.start(ILLEGAL_TRANSITION));
        report.events.record(new MonitoringReportOpened(id, round.getId(), goal));
        return report;
    }

    /**
     * Opens a draft report for a goal version of {@code goalFiscalYear}: a round monitors one year's
     * goals, so a goal of another year is refused.
     */
    public static MonitoringReport open(MonitoringReportId id, MonitoringRound round, GoalVersionReference goal,
                                        FiscalYear goalFiscalYear, UnitCode unitCode, ProjectCode projectCode,
                                        List<EvaluatedIndicator> indicators) {
        if (!round.getFiscalYear().equals(goalFiscalYear)) {
            throw new RuleViolationException("MONITORING_GOAL_OF_ANOTHER_YEAR", Map.of("goalId", goal.goalId().toString(),
                    "goalFiscalYear", goalFiscalYear.value(), "roundFiscalYear", round.getFiscalYear().value()));
        }
        return open(id, round, goal, unitCode, projectCode, indicators);
    }

    /**
     * Opens a draft whose budget side starts from the province's figures for the project (part of the opening: no
     * separate fill event); {@code synced} null opens it empty.
     */
    public static MonitoringReport open(MonitoringReportId id, MonitoringRound round, GoalVersionReference goal,
                                        FiscalYear goalFiscalYear, UnitCode unitCode, ProjectCode projectCode,
                                        List<EvaluatedIndicator> indicators, ReportedExecution synced) {
        MonitoringReport report = open(id, round, goal, goalFiscalYear, unitCode, projectCode, indicators);
        if (synced != null) {
            report.reportedExecution = synced;
            report.execution = synced.figures();
        }
        return report;
    }

    /** Restores a stored report; {@code warning} is null when the report was never submitted. */
    public static MonitoringReport restore(MonitoringReportId id, MonitoringRoundId roundId, MonitoringPeriod period,
                                           GoalVersionReference goal, UnitCode unitCode, ProjectCode projectCode,
                                           List<EvaluatedIndicator> indicators, Collection<IndicatorProgress> progress,
                                           BudgetExecution execution, ReviewState state, List<ReviewStep> history,
                                           Warning warning, List<FundsDecision> fundsDecisions) {
        MonitoringReport report = new MonitoringReport(id, roundId, period, goal, unitCode, projectCode, indicators,
                ReviewWorkflow.restore(ILLEGAL_TRANSITION, state, history));
        progress.forEach(p -> report.progress.put(report.indicator(p.indicatorId()).id(), p));
        report.reportedExecution = execution == null ? null : ReportedExecution.unit(execution);
        report.execution = execution;
        report.warning = warning;
        report.fundsDecisions.addAll(fundsDecisions);
        return report;
    }

    /** Restores a stored report whose budget side says where its figures come from (null: never recorded). */
    public static MonitoringReport restore(MonitoringReportId id, MonitoringRoundId roundId, MonitoringPeriod period,
                                           GoalVersionReference goal, UnitCode unitCode, ProjectCode projectCode,
                                           List<EvaluatedIndicator> indicators, Collection<IndicatorProgress> progress,
                                           ReportedExecution execution, ReviewState state, List<ReviewStep> history,
                                           Warning warning, List<FundsDecision> fundsDecisions) {
        MonitoringReport report = restore(id, roundId, period, goal, unitCode, projectCode, indicators, progress,
                (BudgetExecution) null, state, history, warning, fundsDecisions);
        report.reportedExecution = execution;
        report.execution = execution == null ? null : execution.figures();
        return report;
    }

    /** Records (or replaces) an indicator's line; only a draft can be changed. */
    public void recordProgress(IndicatorProgress line) {
        workflow.require(ReviewAction.EDIT);
        EvaluatedIndicator indicator = indicator(line.indicatorId());
        if (!line.fits(indicator)) {
            throw new RuleViolationException("MONITORING_PROGRESS_KIND_MISMATCH",
                    Map.of("indicator", indicator.name(), "valueType", indicator.valueType().name()));
        }
        progress.put(indicator.id(), line);
        events.record(new MonitoringReportFilled(id));
    }

    /** Records the budget side as the unit's own figures (where the sync holds none): adjusted budget and amount executed by the cut-off. */
    public void recordExecution(BudgetExecution budgetExecution) {
        recordExecution(ReportedExecution.unit(Objects.requireNonNull(budgetExecution, "budgetExecution")));
    }

    /**
     * Records the budget side with its source (the province's figures, an override with its reason, or the unit's
     * figures); the warning is assessed from the effective figures.
     */
    public void recordExecution(ReportedExecution reported) {
        workflow.require(ReviewAction.EDIT);
        reportedExecution = Objects.requireNonNull(reported, "reported");
        execution = reported.figures();
        events.record(new MonitoringReportFilled(id));
    }

    /** Whether the unit's override of the province's figures differs from them beyond the tolerance. */
    public boolean isExecutionFlagged() {
        return reportedExecution != null && reportedExecution.flagged();
    }

    /** The budget side with its source, as-of date, override reason and flag; empty before it is recorded. */
    public Optional<ReportedExecution> getReportedExecution() {
        return Optional.ofNullable(reportedExecution);
    }

    /** The warning the report's current content would raise under {@code policy} (a preview while drafting). */
    public Warning assess(WarningPolicy policy) {
        return policy.assess(period, indicators, progress, execution);
    }

    /** The indicators whose line says they are off track, in the goal's order. */
    public List<EvaluatedIndicator> offTrackIndicators() {
        return indicators.stream().filter(i -> {
            IndicatorProgress line = progress.get(i.id());
            return line != null && line.isOffTrack(i);
        }).toList();
    }

    /**
     * Submits the report: every indicator needs its line, the budget side must be there, and every
     * off-track indicator needs its deviation reason and corrective measure. The warning is assessed
     * now and kept with the report.
     */
    public void submit(ActorId actor, Instant at, WarningPolicy policy) {
        workflow.require(ReviewAction.SUBMIT);
        List<String> missing = indicators.stream().filter(i -> !progress.containsKey(i.id())).map(EvaluatedIndicator::name).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("MONITORING_PROGRESS_MISSING", Map.of("indicators", missing));
        }
        if (execution == null) {
            throw new RuleViolationException("MONITORING_EXECUTION_MISSING", Map.of("reportId", id.toString()));
        }
        List<String> unexplained = offTrackIndicators().stream()
                .filter(i -> !progress.get(i.id()).isExplained()).map(EvaluatedIndicator::name).toList();
        if (!unexplained.isEmpty()) {
            throw new RuleViolationException("MONITORING_DEVIATION_UNEXPLAINED", Map.of("indicators", unexplained));
        }
        Warning assessed = assess(policy);
        workflow.take(ReviewAction.SUBMIT, actor, at, null);
        warning = assessed;
        events.record(new MonitoringReportSubmitted(id, assessed));
    }

    @Override
    public void approveAsDepartment(ActorId actor, Instant at, String opinion) {
        workflow.take(ReviewAction.DEPT_APPROVE, actor, at, opinion);
        events.record(new MonitoringReportStepTaken(id, ReviewAction.DEPT_APPROVE));
    }

    @Override
    public void returnByDepartment(ActorId actor, Instant at, String reason) {
        workflow.take(ReviewAction.DEPT_RETURN, actor, at, reason);
        events.record(new MonitoringReportStepTaken(id, ReviewAction.DEPT_RETURN));
    }

    @Override
    public void approveAsFinance(ActorId actor, Instant at, String opinion) {
        workflow.take(ReviewAction.FINANCE_APPROVE, actor, at, opinion);
        events.record(new MonitoringReportReviewed(subject(), execution, getWarning().orElse(Warning.GREEN), getFundsStatus(), at,
                indicators.stream().map(i -> new MonitoringReportReviewed.Line(i, progress.get(i.id()))).toList()));
    }

    @Override
    public void returnByFinance(ActorId actor, Instant at, String reason) {
        workflow.take(ReviewAction.FINANCE_RETURN, actor, at, reason);
        events.record(new MonitoringReportStepTaken(id, ReviewAction.FINANCE_RETURN));
    }

    /**
     * Records finance's decision on the project's funds (暂缓拨款 or continue). Only a submitted report
     * with a RED warning can be decided on; a later decision supersedes an earlier one, and all are kept.
     */
    public FundsDecision decideOnFunds(FundsDecisionKind decision, ActorId actor, Instant at, String reason) {
        if (!workflow.state().isSubmitted()) {
            throw new RuleViolationException("FUNDS_DECISION_REPORT_NOT_SUBMITTED",
                    Map.of("reportId", id.toString(), "state", workflow.state().name()));
        }
        if (warning == null || !warning.isRed()) {
            throw new RuleViolationException("FUNDS_DECISION_REQUIRES_RED_WARNING",
                    Map.of("reportId", id.toString(), "level", warning == null ? WarningLevel.GREEN.name() : warning.level().name()));
        }
        FundsDecision recorded = new FundsDecision(decision, actor, at, reason);
        fundsDecisions.add(recorded);
        events.record(new FundsDecided(subject(), recorded));
        return recorded;
    }

    /** A submitted RED report on which finance has not decided yet. */
    public boolean isFundsDecisionPending() {
        return workflow.state().isSubmitted() && warning != null && warning.isRed() && fundsDecisions.isEmpty();
    }

    /** Whether the latest decision suspends the funds. */
    public boolean isFundsSuspended() {
        return getFundsDecision().map(d -> d.decision() == FundsDecisionKind.SUSPEND).orElse(false);
    }

    /** The project's funds as finance's lists show them. */
    public FundsStatus getFundsStatus() {
        if (!fundsDecisions.isEmpty()) {
            return isFundsSuspended() ? FundsStatus.SUSPENDED : FundsStatus.CONTINUED;
        }
        return isFundsDecisionPending() ? FundsStatus.DECISION_PENDING : FundsStatus.NOT_APPLICABLE;
    }

    public Optional<FundsDecision> getFundsDecision() {
        return fundsDecisions.isEmpty() ? Optional.empty() : Optional.of(fundsDecisions.get(fundsDecisions.size() - 1));
    }

    public List<FundsDecision> getFundsDecisions() {
        return Collections.unmodifiableList(fundsDecisions);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    /** The report as events name it. */
    public MonitoringReportSubject subject() {
        return new MonitoringReportSubject(id, period, unitCode, projectCode, goal);
    }

    public MonitoringReportId getId() {
        return id;
    }

    public MonitoringRoundId getRoundId() {
        return roundId;
    }

    public MonitoringPeriod getPeriod() {
        return period;
    }

    public FiscalYear getFiscalYear() {
        return period.fiscalYear();
    }

    public GoalVersionReference getGoal() {
        return goal;
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    public Optional<ProjectCode> getProjectCode() {
        return Optional.ofNullable(projectCode);
    }

    public List<EvaluatedIndicator> getIndicators() {
        return indicators;
    }

    /** The lines recorded so far, in the goal's order. */
    public List<IndicatorProgress> getProgress() {
        return indicators.stream().map(i -> progress.get(i.id())).filter(Objects::nonNull).toList();
    }

    public Optional<IndicatorProgress> getProgress(UUID indicatorId) {
        return Optional.ofNullable(progress.get(indicatorId));
    }

    public Optional<BudgetExecution> getExecution() {
        return Optional.ofNullable(execution);
    }

    /** 预算执行率 by the cut-off; empty before the budget side is recorded or when the budget is zero. */
    public Optional<Percentage> getExecutionRate() {
        return getExecution().flatMap(BudgetExecution::rate);
    }

    public Percentage getTimeProgress() {
        return period.timeProgress();
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

    /** The warning assessed at the latest submission; empty while never submitted. */
    public Optional<Warning> getWarning() {
        return Optional.ofNullable(warning);
    }

    /**
     * The report as the audit trail records it: state, budget side, each indicator's line, the warning kept
     * at submission and finance's latest funds decision.
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
        for (int i = 0; i < indicators.size(); i++) {
            EvaluatedIndicator indicator = indicators.get(i);
            IndicatorProgress line = progress.get(indicator.id());
            fields.put(String.format("line%02d %s", i + 1, indicator.name()), line == null ? null : describe(line));
        }
        fields.put("warning", warning == null ? null : warning.level().name());
        fields.put("funds", getFundsDecision().map(d -> d.decision().name() + ": " + d.reason()).orElse(null));
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    private static String describe(IndicatorProgress line) {
        String figures = line.projectedTier() != null ? line.projectedTier().name()
                : line.actualToDate().toPlainString() + " → " + line.projectedYearEnd().toPlainString();
        return figures + " " + line.likelihood().name()
                + (line.deviationReason() == null ? "" : " | " + line.deviationReason())
                + (line.correctiveMeasure() == null ? "" : " | " + line.correctiveMeasure());
    }

    private EvaluatedIndicator indicator(UUID indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("MONITORING_INDICATOR_UNKNOWN",
                        Map.of("reportId", id.toString(), "indicatorId", String.valueOf(indicatorId))));
    }

    @Override
    public String toString() {
        return "MonitoringReport[" + id + " " + goal + " " + period.label() + " " + workflow.state() + "]";
    }
}
