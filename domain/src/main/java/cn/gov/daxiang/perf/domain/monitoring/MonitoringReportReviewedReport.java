package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import cn.gov.daxiang.perf.domain.sync.JsonPayload;
import cn.gov.daxiang.perf.domain.sync.ProvincialReport;

import java.util.Objects;

/**
 * Tells the province that finance approved a monitoring report (监控结果): budget execution against time
 * progress, each indicator's progress, and the warning with its reasons, so that the province sees the same
 * 双监控 picture the district acts on.
 */
public record MonitoringReportReviewedReport(MonitoringReport report, String mofDivCode) implements ProvincialReport {

    public static final String MESSAGE_TYPE = "monitoring.reviewed";

    public MonitoringReportReviewedReport {
        Objects.requireNonNull(report, "report");
        if (report.getStatus() != ReviewState.FINANCE_REVIEWED) {
            throw new IllegalArgumentException("monitoring report " + report.getId() + " is not approved by finance");
        }
    }

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public String subjectType() {
        return MonitoringReport.AUDIT_TYPE;
    }

    @Override
    public String subjectId() {
        return report.getId().toString();
    }

    @Override
    public JsonPayload payload() {
        Warning warning = report.getWarning().orElse(Warning.GREEN);
        return identity(report, mofDivCode)
                .put("time_progress", report.getTimeProgress().value())
                .put("adjusted_budget", report.getExecution().map(BudgetExecution::adjustedBudget).orElse(null))
                .put("executed", report.getExecution().map(BudgetExecution::executed).orElse(null))
                .put("execution_rate", report.getExecutionRate().map(Percentage::value).orElse(null))
                .put("warning_level", warning.level().name())
                .put("warning_reasons", warning.reasons().stream().map(WarningReason::code).toList())
                .put("funds_status", report.getFundsStatus().name())
                .put("reviewed_at", report.getHistory().stream().filter(s -> s.action() == ReviewAction.FINANCE_APPROVE)
                        .reduce((first, second) -> second).map(ReviewStep::at).orElse(null))
                .put("indicators", report.getIndicators().stream().map(indicator -> {
                    JsonPayload line = JsonPayload.object()
                            .put("indicator_id", indicator.id().toString())
                            .put("name", indicator.name());
                    report.getProgress(indicator.id()).ifPresent(progress -> line
                            .put("actual_to_date", progress.actualToDate())
                            .put("projected_year_end", progress.projectedYearEnd())
                            .put("projected_tier", progress.projectedTier() == null ? null : progress.projectedTier().name())
                            .put("likelihood", progress.likelihood() == null ? null : progress.likelihood().name())
                            .put("off_track", progress.isOffTrack(indicator))
                            .put("deviation_reason", progress.deviationReason())
                            .put("corrective_measure", progress.correctiveMeasure()));
                    return line;
                }).toList());
    }

    /** The elements every monitoring report to the province starts with: which report, of which goal and unit. */
    static JsonPayload identity(MonitoringReport report, String mofDivCode) {
        return JsonPayload.object()
                .put("mof_div_code", mofDivCode)
                .put("fiscal_year", report.getFiscalYear().value())
                .put("report_id", report.getId().toString())
                .put("cut_off_month", report.getPeriod().cutOffMonth())
                .put("agency_code", report.getUnitCode().value())
                .put("pro_code", report.getProjectCode().map(ProjectCode::value).orElse(null))
                .put("goal_id", report.getGoal().goalId().toString())
                .put("goal_version", report.getGoal().version());
    }
}
