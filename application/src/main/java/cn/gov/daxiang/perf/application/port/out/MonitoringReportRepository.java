package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Optional;
import java.util.UUID;

public interface MonitoringReportRepository {

    record Stored(MonitoringReport report, long revision) {
    }

    /** One report with its lines, in two statements. */
    Optional<Stored> findById(MonitoringReportId id);

    /** The report of a goal in a round, if one was opened. */
    Optional<MonitoringReportId> findByRoundAndGoal(MonitoringRoundId roundId, UUID goalId);

    /** The matching reports of units in {@code scope}, by unit code then opening order. */
    Page<Stored> find(MonitoringReportCriteria criteria, DataScope scope, Paging paging);

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException for a second report of a goal in a round */
    long add(MonitoringReport report);

    long update(MonitoringReport report, long expectedRevision);
}
