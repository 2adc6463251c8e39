package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.monitoring.DecideOnFundsUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.ReviewMonitoringReportUseCase;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportReviewedReport;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Locale;

/**
 * What reviewers do with monitoring reports: the department's and finance's review, and finance's funds decisions.
 * Finance's approval and every funds decision are reported to the province in the same transaction.
 */
@ApplicationScoped
@Transactional
public class MonitoringReviewService implements ReviewMonitoringReportUseCase, DecideOnFundsUseCase {

    private final MonitoringReportRepository reports;
    private final VisibleMonitoringReports visibleReports;
    private final Departments departments;
    private final AuditTrail audit;
    private final ProvincialReports provincialReports;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public MonitoringReviewService(MonitoringReportRepository reports, VisibleMonitoringReports visibleReports, Departments departments,
                                   AuditTrail audit, ProvincialReports provincialReports, SyncSettings settings, Clock clock) {
        this.reports = reports;
        this.visibleReports = visibleReports;
        this.departments = departments;
        this.audit = audit;
        this.provincialReports = provincialReports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public MonitoringReportDetails reviewMonitoringReport(Actor actor, MonitoringReportId id, long revision, ReviewAction step, String reason) {
        MonitoringReport report = visibleReports.loadForChange(actor, id, revision).report();
        EvaluationAccessPolicy.requireReviewer(actor, step, report.getUnitCode(), departments.departmentOf(report.getUnitCode()),
                "review-monitoring-report");
        AuditSnapshot before = report.auditSnapshot();
        report.review(step, ActorId.of(actor.userId()), clock.instant(), reason);
        long newRevision = reports.update(report, revision);
        audit.transitioned(actor, step.name().toLowerCase(Locale.ROOT), before, report);
        if (step == ReviewAction.FINANCE_APPROVE) {
            provincialReports.report(new MonitoringReportReviewedReport(report, settings.mofDivCode()));
        }
        return new MonitoringReportDetails(report, newRevision, report.getStatus() == ReviewState.DRAFT
                ? report.assess(visibleReports.roundOf(report).getWarningPolicy()) : null);
    }

    @Override
    public MonitoringReportDetails decideOnFunds(Actor actor, MonitoringReportId id, long revision, FundsDecisionKind decision, String reason) {
        MonitoringReport report = visibleReports.loadForChange(actor, id, revision).report();
        EvaluationAccessPolicy.requireFinance(actor, "decide-on-funds");
        AuditSnapshot before = report.auditSnapshot();
        report.decideOnFunds(decision, ActorId.of(actor.userId()), clock.instant(), reason);
        long newRevision = reports.update(report, revision);
        audit.transitioned(actor, "decide_funds", before, report);
        provincialReports.report(FundsDecisionReport.of(report, settings.mofDivCode()));
        return new MonitoringReportDetails(report, newRevision, null);
    }
}
