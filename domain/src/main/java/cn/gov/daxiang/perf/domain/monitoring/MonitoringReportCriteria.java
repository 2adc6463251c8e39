package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/**
 * Which monitoring reports a list should hold; every criterion is optional (null). {@code executionFlagged}: reports
 * whose execution override differs from the province's figures beyond the tolerance (true) or not (false).
 */
public record MonitoringReportCriteria(MonitoringRoundId roundId, FiscalYear fiscalYear, UnitCode unitCode, ReviewState status,
                                       WarningLevel warningLevel, FundsStatus fundsStatus, ProjectCode projectCode,
                                       Boolean executionFlagged) {

    public MonitoringReportCriteria(MonitoringRoundId roundId, FiscalYear fiscalYear, UnitCode unitCode, ReviewState status,
                                    WarningLevel warningLevel, FundsStatus fundsStatus) {
        this(roundId, fiscalYear, unitCode, status, warningLevel, fundsStatus, null, null);
    }

    public static MonitoringReportCriteria any() {
        return new MonitoringReportCriteria(null, null, null, null, null, null, null, null);
    }

    /** The reports of one project (any round, any state). */
    public static MonitoringReportCriteria ofProject(ProjectCode projectCode) {
        return new MonitoringReportCriteria(null, null, null, null, null, null, projectCode, null);
    }

    public Optional<ProjectCode> projectCodeFilter() {
        return Optional.ofNullable(projectCode);
    }

    public Optional<Boolean> executionFlaggedFilter() {
        return Optional.ofNullable(executionFlagged);
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
