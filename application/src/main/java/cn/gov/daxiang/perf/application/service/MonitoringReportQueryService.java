package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.monitoring.FindMonitoringReportQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.ListMonitoringReportsQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
@Transactional
public class MonitoringReportQueryService implements FindMonitoringReportQuery, ListMonitoringReportsQuery {

    private final MonitoringReportRepository reports;
    private final VisibleMonitoringReports visibleReports;
    private final DataScopes scopes;

    @Inject
    public MonitoringReportQueryService(MonitoringReportRepository reports, VisibleMonitoringReports visibleReports, DataScopes scopes) {
        this.reports = reports;
        this.visibleReports = visibleReports;
        this.scopes = scopes;
    }

    @Override
    public MonitoringReportDetails findMonitoringReport(Actor actor, MonitoringReportId id) {
        MonitoringReportRepository.Stored stored = visibleReports.load(actor, id);
        return details(stored, new HashMap<>());
    }

    @Override
    public Page<MonitoringReportDetails> listMonitoringReports(Actor actor, MonitoringReportCriteria criteria, Paging paging) {
        Map<MonitoringRoundId, MonitoringRound> rounds = new HashMap<>();
        return reports.find(criteria, scopes.readScope(actor), paging).map(stored -> details(stored, rounds));
    }

    /** A draft shows the warning its content would raise now, under its round's thresholds. */
    private MonitoringReportDetails details(MonitoringReportRepository.Stored stored, Map<MonitoringRoundId, MonitoringRound> rounds) {
        MonitoringReport report = stored.report();
        if (report.getStatus() != ReviewState.DRAFT) {
            return new MonitoringReportDetails(report, stored.revision(), null);
        }
        MonitoringRound round = rounds.computeIfAbsent(report.getRoundId(), visibleReports::round);
        return new MonitoringReportDetails(report, stored.revision(), report.assess(round.getWarningPolicy()));
    }
}
