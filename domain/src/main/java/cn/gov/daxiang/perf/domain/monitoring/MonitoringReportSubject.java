package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;

import java.util.Objects;
import java.util.Optional;

/**
 * Which monitoring report an event is about, as whoever hears it needs to name it: the report, its period, the unit,
 * the project (null for a department's overall goal) and the goal version monitored.
 */
public record MonitoringReportSubject(MonitoringReportId reportId, MonitoringPeriod period, UnitCode unitCode,
                                      ProjectCode projectCode, GoalVersionReference goal) {

    public MonitoringReportSubject {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(goal, "goal");
    }

    public Optional<ProjectCode> projectCodeIfAny() {
        return Optional.ofNullable(projectCode);
    }
}
