package cn.gov.daxiang.perf.adapter.persistence.monitoring;

import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Monitoring rounds, and reports in two tables (the report, its lines). One report is read in two statements;
 * a page of reports in three (count, roots, lines).
 */
@ApplicationScoped
public class MonitoringPersistenceAdapter implements MonitoringRoundRepository, MonitoringReportRepository {

    private final MonitoringRoundPanacheRepository rounds;
    private final MonitoringReportPanacheRepository reports;
    private final MonitoringReportLinePanacheRepository lines;
    private final MonitoringPersistenceMapper mapper;

    @Inject
    public MonitoringPersistenceAdapter(MonitoringRoundPanacheRepository rounds, MonitoringReportPanacheRepository reports,
                                        MonitoringReportLinePanacheRepository lines, MonitoringPersistenceMapper mapper) {
        this.rounds = rounds;
        this.reports = reports;
        this.lines = lines;
        this.mapper = mapper;
    }

    // --- rounds -----------------------------------------------------------------------------------

    @Override
    public Optional<MonitoringRoundRepository.Stored> findById(MonitoringRoundId id) {
        return rounds.find("roundId", id.value()).firstResultOptional()
                .map(e -> new MonitoringRoundRepository.Stored(mapper.toDomain(e), e.version));
    }

    @Override
    public Page<MonitoringRoundRepository.Stored> find(FiscalYear fiscalYear, Paging paging) {
        DynamicQuery query = new DynamicQuery();
        if (fiscalYear != null) {
            query.and("fiscalYear = :fiscalYear", "fiscalYear", fiscalYear.value());
        }
        return query.page(rounds, Sort.descending("fiscalYear", "cutOffMonth"), paging)
                .map(e -> new MonitoringRoundRepository.Stored(mapper.toDomain(e), e.version));
    }

    @Override
    public long add(MonitoringRound round) {
        if (rounds.count("fiscalYear = ?1 and cutOffMonth = ?2", round.getFiscalYear().value(), round.getCutOffMonth()) > 0) {
            throw roundExists(round);
        }
        MonitoringRoundJpaEntity entity = new MonitoringRoundJpaEntity();
        mapper.copy(round, entity);
        entity.createdAt = now();
        entity.updatedAt = entity.createdAt;
        rounds.persist(entity);
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_monitoring_round_period")) {
                throw roundExists(round);
            }
            throw e;
        }
        return entity.version;
    }

    @Override
    public long update(MonitoringRound round, long expectedRevision) {
        MonitoringRoundJpaEntity entity = rounds.find("roundId", round.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("round " + round.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), entity, e -> e.version, expectedRevision, MonitoringRound.AUDIT_TYPE, round.getId().toString());
        mapper.copy(round, entity);
        entity.updatedAt = now();
        em().flush();
        return entity.version;
    }

    // --- reports ----------------------------------------------------------------------------------

    @Override
    public Optional<MonitoringReportRepository.Stored> findById(MonitoringReportId id) {
        return reports.find("reportId", id.value()).firstResultOptional()
                .map(root -> new MonitoringReportRepository.Stored(mapper.toDomain(root, lines.list("reportPk", Sort.by("ordinal"), root.id)),
                        root.version));
    }

    @Override
    public Optional<MonitoringReportId> findByRoundAndGoal(MonitoringRoundId roundId, UUID goalId) {
        return em().createQuery("select r.reportId from MonitoringReportJpaEntity r where r.roundId = :round and r.goalId = :goal", UUID.class)
                .setParameter("round", roundId.value()).setParameter("goal", goalId).getResultStream().findFirst()
                .map(MonitoringReportId::of);
    }

    @Override
    public Page<MonitoringReportRepository.Stored> find(MonitoringReportCriteria criteria, DataScope scope, Paging paging) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), paging, 0);
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            query.and("unitCode in :scope", "scope", DynamicQuery.codes(scope));
        }
        criteria.roundFilter().ifPresent(r -> query.and("roundId = :roundId", "roundId", r.value()));
        criteria.fiscalYearFilter().ifPresent(y -> query.and("fiscalYear = :fiscalYear", "fiscalYear", y.value()));
        criteria.unitCodeFilter().ifPresent(u -> query.and("unitCode = :unitCode", "unitCode", u.value()));
        criteria.statusFilter().ifPresent(s -> query.and("status = :status", "status", s.name()));
        criteria.warningLevelFilter().ifPresent(w -> query.and("warningLevel = :warningLevel", "warningLevel", w.name()));
        criteria.fundsStatusFilter().ifPresent(f -> query.and("fundsStatus = :fundsStatus", "fundsStatus", f.name()));
        criteria.projectCodeFilter().ifPresent(p -> query.and("projectCode = :projectCode", "projectCode", p.value()));
        criteria.executionFlaggedFilter().ifPresent(f -> query.and("executionFlagged = :executionFlagged", "executionFlagged", f));
        Page<MonitoringReportJpaEntity> page = query.page(reports, Sort.by("unitCode").and("id"), paging);
        Map<Long, List<MonitoringReportLineJpaEntity>> byReport = new HashMap<>();
        Chunks.of(page.items().stream().map(r -> r.id).toList())
                .flatMap(ids -> lines.list("reportPk in ?1", Sort.by("reportPk").and("ordinal"), ids).stream())
                .forEach(l -> byReport.computeIfAbsent(l.reportPk, k -> new ArrayList<>()).add(l));
        return page.map(root -> new MonitoringReportRepository.Stored(mapper.toDomain(root, byReport.getOrDefault(root.id, List.of())),
                root.version));
    }

    @Override
    public long add(MonitoringReport report) {
        findByRoundAndGoal(report.getRoundId(), report.getGoal().goalId()).ifPresent(existing -> {
            throw reportExists(report, existing.toString());
        });
        MonitoringReportJpaEntity root = new MonitoringReportJpaEntity();
        mapper.copyToRoot(report, root);
        root.createdAt = now();
        root.updatedAt = root.createdAt;
        reports.persist(root);
        List<EvaluatedIndicator> indicators = report.getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            MonitoringReportLineJpaEntity line = mapper.toLine(indicators.get(i));
            line.reportPk = root.id;
            line.ordinal = i;
            mapper.copyProgress(report.getProgress(indicators.get(i).id()).orElse(null), line);
            lines.persist(line);
        }
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_monitoring_report_round_goal")) {
                throw reportExists(report, "?");
            }
            throw e;
        }
        return root.version;
    }

    @Override
    public long update(MonitoringReport report, long expectedRevision) {
        MonitoringReportJpaEntity root = reports.find("reportId", report.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("report " + report.getId() + " was never stored"));
        RevisionLocks.lockForChange(em(), root, r -> r.version, expectedRevision, MonitoringReport.AUDIT_TYPE, report.getId().toString());
        mapper.copyToRoot(report, root);
        root.updatedAt = now();
        for (MonitoringReportLineJpaEntity line : lines.list("reportPk", root.id)) {
            IndicatorProgress progress = report.getProgress(line.indicatorId).orElse(null);
            mapper.copyProgress(progress, line);
        }
        em().flush();
        return root.version;
    }

    private static AlreadyExistsException roundExists(MonitoringRound round) {
        return new AlreadyExistsException("MONITORING_ROUND_ALREADY_OPEN",
                Map.of("fiscalYear", round.getFiscalYear().value(), "cutOffMonth", round.getCutOffMonth()));
    }

    private static AlreadyExistsException reportExists(MonitoringReport report, String existing) {
        return new AlreadyExistsException("MONITORING_REPORT_ALREADY_OPEN", Map.of("roundId", report.getRoundId().toString(),
                "goalId", report.getGoal().goalId().toString(), "reportId", existing));
    }

    private EntityManager em() {
        return reports.getEntityManager();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
