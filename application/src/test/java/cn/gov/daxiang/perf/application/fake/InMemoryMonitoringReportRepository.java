package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.Warning;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reports in memory, in opening order; one report per goal and round, as the unique key has it. */
public class InMemoryMonitoringReportRepository implements MonitoringReportRepository {

    private final Map<MonitoringReportId, MonitoringReport> stored = new LinkedHashMap<>();
    private final Revisions<MonitoringReportId> revisions = new Revisions<>(MonitoringReport.AUDIT_TYPE);

    /** Every stored report, in opening order (copies). */
    public List<MonitoringReport> all() {
        return stored.values().stream().map(Copies::of).toList();
    }

    @Override
    public Optional<Stored> findById(MonitoringReportId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public Optional<MonitoringReportId> findByRoundAndGoal(MonitoringRoundId roundId, UUID goalId) {
        return stored.values().stream().filter(r -> r.getRoundId().equals(roundId) && r.getGoal().goalId().equals(goalId))
                .map(MonitoringReport::getId).findFirst();
    }

    @Override
    public Page<Stored> find(MonitoringReportCriteria criteria, DataScope scope, Paging paging) {
        return Pages.of(stored.values().stream()
                .filter(r -> scope.includes(r.getUnitCode()))
                .filter(r -> criteria.roundFilter().map(r.getRoundId()::equals).orElse(true))
                .filter(r -> criteria.fiscalYearFilter().map(r.getFiscalYear()::equals).orElse(true))
                .filter(r -> criteria.unitCodeFilter().map(r.getUnitCode()::equals).orElse(true))
                .filter(r -> criteria.statusFilter().map(s -> s == r.getStatus()).orElse(true))
                .filter(r -> criteria.warningLevelFilter().map(w -> r.getWarning().map(Warning::level).filter(w::equals).isPresent()).orElse(true))
                .filter(r -> criteria.fundsStatusFilter().map(f -> f == r.getFundsStatus()).orElse(true))
                .filter(r -> criteria.projectCodeFilter().map(p -> r.getProjectCode().filter(p::equals).isPresent()).orElse(true))
                .filter(r -> criteria.executionFlaggedFilter().map(f -> f == r.isExecutionFlagged()).orElse(true))
                .sorted(Comparator.comparing(r -> r.getUnitCode().value())) // stable: opening order within a unit
                .map(this::stored).toList(), paging);
    }

    @Override
    public long add(MonitoringReport report) {
        findByRoundAndGoal(report.getRoundId(), report.getGoal().goalId()).ifPresent(existing -> {
            throw new AlreadyExistsException("MONITORING_REPORT_ALREADY_OPEN", Map.of("roundId", report.getRoundId().toString(),
                    "goalId", report.getGoal().goalId().toString(), "reportId", existing.toString()));
        });
        stored.put(report.getId(), Copies.of(report));
        return revisions.added(report.getId());
    }

    @Override
    public long update(MonitoringReport report, long expectedRevision) {
        long next = revisions.change(report.getId(), expectedRevision);
        stored.put(report.getId(), Copies.of(report));
        return next;
    }

    private Stored stored(MonitoringReport report) {
        return new Stored(Copies.of(report), revisions.of(report.getId()));
    }
}
