package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecided;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecision;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportReviewed;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportSubject;
import cn.gov.daxiang.perf.domain.monitoring.WarningReason;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The monitoring messages (docs/provincial-api.md §4): {@code monitoring.reviewed} when finance approved a report (监控结果),
 * so the province sees the same 双监控 picture the district acts on; {@code monitoring.funds-decided} for every decision
 * on a red report's funds, since a suspension stops the payments the province's treasury system makes.
 */
@ApplicationScoped
public class MonitoringMessages implements ProvincialMessageMapping {

    public static final String MONITORING_REVIEWED = "monitoring.reviewed";
    public static final String FUNDS_DECIDED = "monitoring.funds-decided";

    @Override
    public Optional<ProvincialMessage> map(DomainEvent event, String mofDivCode) {
        if (event instanceof MonitoringReportReviewed reviewed) {
            return Optional.of(message(MONITORING_REVIEWED, reviewed.report(), reviewed(reviewed, mofDivCode)));
        }
        if (event instanceof FundsDecided decided) {
            return Optional.of(message(FUNDS_DECIDED, decided.report(), fundsDecided(decided, mofDivCode)));
        }
        return Optional.empty();
    }

    private static ProvincialMessage message(String type, MonitoringReportSubject report, ObjectNode payload) {
        return new ProvincialMessage(type, MonitoringReport.AUDIT_TYPE, report.reportId().toString(), payload);
    }

    private static ObjectNode reviewed(MonitoringReportReviewed event, String mofDivCode) {
        ObjectNode payload = identity(event.report(), mofDivCode)
                .put("time_progress", event.timeProgress().value())
                .put("adjusted_budget", amount(event.executionIfAny().map(BudgetExecution::adjustedBudget)))
                .put("executed", amount(event.executionIfAny().map(BudgetExecution::executed)))
                .put("execution_rate", event.executionRate().map(Percentage::value).orElse(null))
                .put("warning_level", event.warning().level().name());
        ArrayNode reasons = payload.putArray("warning_reasons");
        event.warning().reasons().stream().map(WarningReason::code).forEach(reasons::add);
        payload.put("funds_status", event.fundsStatus().name())
                .put("reviewed_at", event.reviewedAt().toString());
        ArrayNode indicators = payload.putArray("indicators");
        event.lines().forEach(line -> indicators.add(line(line)));
        return payload;
    }

    private static ObjectNode line(MonitoringReportReviewed.Line line) {
        ObjectNode node = ContractJson.object()
                .put("indicator_id", line.indicator().id().toString())
                .put("name", line.indicator().name());
        line.progressIfAny().ifPresent(progress -> node
                .put("actual_to_date", progress.actualToDate())
                .put("projected_year_end", progress.projectedYearEnd())
                .put("projected_tier", progress.projectedTier() == null ? null : progress.projectedTier().name())
                .put("likelihood", progress.likelihood() == null ? null : progress.likelihood().name())
                .put("off_track", line.isOffTrack())
                .put("deviation_reason", progress.deviationReason())
                .put("corrective_measure", progress.correctiveMeasure()));
        return node;
    }

    private static ObjectNode fundsDecided(FundsDecided event, String mofDivCode) {
        FundsDecision decision = event.decision();
        return identity(event.report(), mofDivCode)
                .put("decision", decision.decision().name())
                .put("reason", decision.reason())
                .put("decided_by", decision.decidedBy().value())
                .put("decided_at", decision.decidedAt().toString());
    }

    /** The elements every monitoring message starts with: which report, of which period, unit, project and goal. */
    private static ObjectNode identity(MonitoringReportSubject report, String mofDivCode) {
        return ContractJson.object()
                .put("mof_div_code", mofDivCode)
                .put("fiscal_year", report.period().fiscalYear().value())
                .put("report_id", report.reportId().toString())
                .put("cut_off_month", report.period().cutOffMonth())
                .put("agency_code", report.unitCode().value())
                .put("pro_code", report.projectCodeIfAny().map(ProjectCode::value).orElse(null))
                .put("goal_id", report.goal().goalId().toString())
                .put("goal_version", report.goal().version());
    }

    private static BigDecimal amount(Optional<Money> money) {
        return money.map(Money::amount).orElse(null);
    }
}
