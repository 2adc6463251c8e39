package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/** Which monitoring reports a list should hold; every criterion is optional (null). */
public record MonitoringReportCriteria(MonitoringRoundId roundId, FiscalYear fiscalYear, UnitCode unitCode, ReviewState status,
                                       WarningLevel warningLevel, FundsStatus fundsStatus) {

    public static MonitoringReportCriteria any() {
        return new MonitoringReportCriteria(null, null, null, null, null, null);
    }

    public Optional<MonitoringRoundId> roundFilter() {
        return Optional.ofNullable(roundId);
    }

    public Optional<FiscalYear> fiscalYearFilter() {
        return Optional.ofNullable(fiscalYear);
    }

    public Optional<UnitCode> unitCodeFilter() {
        return Optional.ofNullable(unitCode);
    }

    public Optional<ReviewState> statusFilter() {
        return Optional.ofNullable(status);
    }

    public Optional<WarningLevel> warningLevelFilter() {
        return Optional.ofNullable(warningLevel);
    }

    public Optional<FundsStatus> fundsStatusFilter() {
        return Optional.ofNullable(fundsStatus);
    }
}
