package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Optional;

public interface MonitoringRoundRepository {

    record Stored(MonitoringRound round, long revision) {
    }

    Optional<Stored> findById(MonitoringRoundId id);

    /** The rounds of a year (every year when null), latest year and cut-off month first. */
    Page<Stored> find(FiscalYear fiscalYear, Paging paging);

    /** Stores a new round; its revision is 0. @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException for a second round of one period */
    long add(MonitoringRound round);

    long update(MonitoringRound round, long expectedRevision);
}
