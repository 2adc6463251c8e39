package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Rounds in memory; one round per period (year and cut-off month), as the unique key has it. */
public class InMemoryMonitoringRoundRepository implements MonitoringRoundRepository {

    private final Map<MonitoringRoundId, MonitoringRound> stored = new LinkedHashMap<>();
    private final Revisions<MonitoringRoundId> revisions = new Revisions<>(MonitoringRound.AUDIT_TYPE);

    @Override
    public Optional<Stored> findById(MonitoringRoundId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public Page<Stored> find(FiscalYear fiscalYear, Paging paging) {
        return Pages.of(stored.values().stream()
                .filter(r -> fiscalYear == null || r.getFiscalYear().equals(fiscalYear))
                .sorted(Comparator.comparing((MonitoringRound r) -> r.getFiscalYear().value()).thenComparing(MonitoringRound::getCutOffMonth)
                        .reversed())
                .map(this::stored).toList(), paging);
    }

    @Override
    public long add(MonitoringRound round) {
        if (stored.values().stream().anyMatch(r -> r.getFiscalYear().equals(round.getFiscalYear()) && r.getCutOffMonth() == round.getCutOffMonth())) {
            throw new AlreadyExistsException("MONITORING_ROUND_ALREADY_OPEN",
                    Map.of("fiscalYear", round.getFiscalYear().value(), "cutOffMonth", round.getCutOffMonth()));
        }
        stored.put(round.getId(), Copies.of(round));
        return revisions.added(round.getId());
    }

    @Override
    public long update(MonitoringRound round, long expectedRevision) {
        long next = revisions.change(round.getId(), expectedRevision);
        stored.put(round.getId(), Copies.of(round));
        return next;
    }

    private Stored stored(MonitoringRound round) {
        return new Stored(Copies.of(round), revisions.of(round.getId()));
    }
}
