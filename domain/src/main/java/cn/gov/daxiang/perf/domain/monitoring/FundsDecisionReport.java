package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.sync.JsonPayload;
import cn.gov.daxiang.perf.domain.sync.ProvincialReport;

import java.util.Objects;

/**
 * Tells the province that finance decided on a red report's funds (暂缓拨款 or 继续拨款), since a suspension
 * stops payments the province's treasury system makes.
 */
public record FundsDecisionReport(MonitoringReport report, FundsDecision decision, String mofDivCode) implements ProvincialReport {

    public static final String MESSAGE_TYPE = "monitoring.funds-decided";

    public FundsDecisionReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(decision, "decision");
    }

    /** The report of the latest decision on the report's funds. */
    public static FundsDecisionReport of(MonitoringReport report, String mofDivCode) {
        return new FundsDecisionReport(report, report.getFundsDecision()
                .orElseThrow(() -> new IllegalArgumentException("no funds decision on monitoring report " + report.getId())), mofDivCode);
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
        return MonitoringReportReviewedReport.identity(report, mofDivCode)
                .put("decision", decision.decision().name())
                .put("reason", decision.reason())
                .put("decided_by", decision.decidedBy().value())
                .put("decided_at", decision.decidedAt());
    }
}
