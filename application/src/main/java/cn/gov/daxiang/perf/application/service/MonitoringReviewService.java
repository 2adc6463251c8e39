package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.monitoring.DecideOnFundsCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.DecideOnFundsUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.ReviewMonitoringReportCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.ReviewMonitoringReportUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * What reviewers do with monitoring reports: the department's and finance's review, and finance's funds decisions.
 * Finance's approval ({@code MonitoringReportReviewed}) and every funds decision ({@code FundsDecided}) reach the
 * province through the outbox's subscriber, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class MonitoringReviewService implements ReviewMonitoringReportUseCase, DecideOnFundsUseCase {

    private final VisibleMonitoringReports visibleReports;
    private final Departments departments;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public MonitoringReviewService(VisibleMonitoringReports visibleReports, Departments departments, ChangePipeline pipeline,
                                   Clock clock) {
        this.visibleReports = visibleReports;
        this.departments = departments;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public MonitoringReportDetails reviewMonitoringReport(Actor actor, ReviewMonitoringReportCommand command) {
        Saved<MonitoringReport, Void> saved = pipeline.change(actor, visibleReports.forChange(actor, command.id(), command.revision()))
                .authorisedBy(report -> EvaluationAccessPolicy.requireReviewer(actor, command.step(), report.getUnitCode(),
                        departments.departmentOf(report.getUnitCode()), "review-monitoring-report"))
                .apply(report -> report.review(command.step(), ActorId.of(actor.userId()), clock.instant(), command.reason()));
        MonitoringReport report = saved.aggregate();
        return new MonitoringReportDetails(report, saved.revision(), report.getStatus() == ReviewState.DRAFT
                ? report.assess(visibleReports.roundOf(report).getWarningPolicy()) : null);
    }

    @Override
    public MonitoringReportDetails decideOnFunds(Actor actor, DecideOnFundsCommand command) {
        Saved<MonitoringReport, Void> saved = pipeline.change(actor, visibleReports.forChange(actor, command.id(), command.revision()))
                .authorisedBy(report -> EvaluationAccessPolicy.requireFinance(actor, "decide-on-funds"))
                .apply(report -> report.decideOnFunds(command.decision(), ActorId.of(actor.userId()), clock.instant(), command.reason()));
        return new MonitoringReportDetails(saved.aggregate(), saved.revision(), null);
    }
}
