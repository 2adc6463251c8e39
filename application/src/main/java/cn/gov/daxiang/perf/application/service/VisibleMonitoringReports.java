package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportNotFoundException;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundNotFoundException;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads monitoring reports the way every use case needs them: only if the actor may see them (not found
 * otherwise), at the revision the caller read (stale otherwise), with their round at hand.
 */
@ApplicationScoped
public class VisibleMonitoringReports {

    private final MonitoringReportRepository reports;
    private final MonitoringRoundRepository rounds;
    private final DataScopes scopes;

    @Inject
    public VisibleMonitoringReports(MonitoringReportRepository reports, MonitoringRoundRepository rounds, DataScopes scopes) {
        this.reports = reports;
        this.rounds = rounds;
        this.scopes = scopes;
    }

    public MonitoringReportRepository.Stored load(Actor actor, MonitoringReportId id) {
        MonitoringReportRepository.Stored stored = reports.findById(id).orElseThrow(() -> new MonitoringReportNotFoundException(id));
        if (!EvaluationAccessPolicy.canSee(stored.report().getUnitCode(), scopes.readScope(actor))) {
            throw new MonitoringReportNotFoundException(id);
        }
        return stored;
    }

    public MonitoringReportRepository.Stored loadForChange(Actor actor, MonitoringReportId id, long revision) {
        MonitoringReportRepository.Stored stored = load(actor, id);
        if (stored.revision() != revision) {
            throw new StaleRevisionException(MonitoringReport.AUDIT_TYPE, id.toString(), revision, stored.revision());
        }
        return stored;
    }

    /** A report for the change pipeline: loaded as {@link #loadForChange}, saved at the same revision. */
    public AggregateAccess<MonitoringReport> forChange(Actor actor, MonitoringReportId id, long revision) {
        return new AggregateAccess<>() {
            @Override
            public MonitoringReport load() {
                return loadForChange(actor, id, revision).report();
            }

            @Override
            public long save(MonitoringReport report) {
                return reports.update(report, revision);
            }
        };
    }

    public MonitoringRound roundOf(MonitoringReport report) {
        return round(report.getRoundId());
    }

    public MonitoringRound round(MonitoringRoundId id) {
        return rounds.findById(id).map(MonitoringRoundRepository.Stored::round).orElseThrow(() -> new MonitoringRoundNotFoundException(id));
    }
}
