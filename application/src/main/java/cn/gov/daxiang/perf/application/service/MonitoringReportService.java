package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringEntries;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringReportUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.RecordMonitoringEntriesCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.RecordMonitoringEntriesUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.SubmitMonitoringReportUseCase;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalBasis;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a unit does with its monitoring reports: open one per approved goal and round, fill it, submit it. */
@ApplicationScoped
@Transactional
public class MonitoringReportService implements OpenMonitoringReportUseCase, RecordMonitoringEntriesUseCase, SubmitMonitoringReportUseCase {

    private final MonitoringReportRepository reports;
    private final VisibleMonitoringReports visibleReports;
    private final VisibleGoals visibleGoals;
    private final ChangePipeline pipeline;
    private final Clock clock;
    private final SyncedExecutionFigures figures;

    @Inject
    public MonitoringReportService(MonitoringReportRepository reports, VisibleMonitoringReports visibleReports,
                                   VisibleGoals visibleGoals, ChangePipeline pipeline, Clock clock, SyncedExecutionFigures figures) {
        this.figures = figures;
        this.reports = reports;
        this.visibleReports = visibleReports;
        this.visibleGoals = visibleGoals;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public MonitoringReportDetails openMonitoringReport(Actor actor, MonitoringRoundId roundId, GoalId goalId) {
        MonitoringRound round = visibleReports.round(roundId);
        PerformanceGoal goal = visibleGoals.load(actor, goalId).goal();
        EvaluationAccessPolicy.requireUnitOf(actor, goal.getUnitCode(), "open-monitoring-report");
        reports.findByRoundAndGoal(roundId, goalId.value()).ifPresent(existing -> {
            throw new AlreadyExistsException("MONITORING_REPORT_ALREADY_OPEN",
                    Map.of("roundId", roundId.toString(), "goalId", goalId.toString(), "reportId", existing.toString()));
        });
        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);
        MonitoringReport report = MonitoringReport.open(MonitoringReportId.newId(), round, basis.goal(), basis.fiscalYear(),
                basis.unitCode(), basis.projectCode(), basis.indicators(),
                figures.of(Optional.ofNullable(basis.projectCode()), basis.fiscalYear()).map(ReportedExecution::province).orElse(null));
        long revision = pipeline.create(actor, report, reports::add);
        return new MonitoringReportDetails(report, revision, report.assess(round.getWarningPolicy()));
    }

    @Override
    public MonitoringReportDetails recordMonitoringEntries(Actor actor, RecordMonitoringEntriesCommand command) {
        Saved<MonitoringReport, Void> saved = pipeline.change(actor, visibleReports.forChange(actor, command.id(), command.revision()))
                .authorisedBy(report -> EvaluationAccessPolicy.requireUnitOf(actor, report.getUnitCode(), "fill-monitoring-report"))
                .apply(report -> fill(report, command.entries(), figures));
        MonitoringReport report = saved.aggregate();
        return new MonitoringReportDetails(report, saved.revision(), report.assess(visibleReports.roundOf(report).getWarningPolicy()));
    }

    @Override
    public MonitoringReportDetails submitMonitoringReport(Actor actor, MonitoringReportId id, long revision) {
        Saved<MonitoringReport, MonitoringRound> saved = pipeline.change(actor, visibleReports.forChange(actor, id, revision))
                .authorisedBy(report -> EvaluationAccessPolicy.requireUnitOf(actor, report.getUnitCode(), "submit-monitoring-report"))
                .applyAndAnswer(report -> {
                    MonitoringRound round = visibleReports.roundOf(report);
                    refresh(report, figures);
                    report.submit(ActorId.of(actor.userId()), clock.instant(), round.getWarningPolicy());
                    return round;
                });
        MonitoringReport report = saved.aggregate();
        return new MonitoringReportDetails(report, saved.revision(), report.getStatus() == ReviewState.DRAFT
                ? report.assess(saved.answer().getWarningPolicy()) : null);
    }

    /** Each line in turn; a refused line is a bad field of the request, named by its index, and changes nothing. */
    private static void fill(MonitoringReport report, MonitoringEntries entries, SyncedExecutionFigures figures) {
        if (entries.execution() != null) {
            report.recordExecution(figures.resolve(report.getProjectCode(), report.getFiscalYear(), entries.execution(),
                    entries.executionOverrideReason(), report.getReportedExecution().orElse(null)));
        } else {
            refresh(report, figures);
        }
        List<IndicatorProgress> lines = entries.lines();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorProgress line = lines.get(i);
            String field = "lines[" + i + "]";
            try {
                report.recordProgress(line);
            } catch (InvalidValueException e) {
                throw e.forField(field + e.field().map(f -> "." + f).orElse(""));
            } catch (RuleViolationException e) {
                throw lineRefused(field, e);
            }
        }
    }

    /** The held budget side against the latest synced figures; recorded only when that changes it. */
    private static void refresh(MonitoringReport report, SyncedExecutionFigures figures) {
        ReportedExecution current = report.getReportedExecution().orElse(null);
        ReportedExecution refreshed = figures.refresh(report.getProjectCode(), report.getFiscalYear(), current);
        if (refreshed != null && !refreshed.equals(current)) {
            report.recordExecution(refreshed);
        }
    }

    /** A line the report refuses (an unknown indicator, a line of the wrong kind) is a bad field of the request. */
    static InvalidValueException lineRefused(String field, DomainException e) {
        return new InvalidValueException(field, e.code(), new LinkedHashMap<>(e.arguments()));
    }
}
