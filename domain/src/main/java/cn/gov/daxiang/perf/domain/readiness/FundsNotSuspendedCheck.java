package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.monitoring.FundsDecision;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finance has not suspended the project's funds (暂缓拨款). Finance decides on the funds of a red monitoring report;
 * the project's standing is finance's latest decision over all its reports: SUSPEND fails the check until a later
 * CONTINUE decision (on the same report or a later red one) lifts it. A later report without a decision lifts
 * nothing, since only finance decides on funds.
 */
public final class FundsNotSuspendedCheck implements ReadinessCheck {

    public static final String CODE = "READINESS_FUNDS_NOT_SUSPENDED";
    public static final String NO_DECISION = "READINESS_FUNDS_NO_DECISION";
    public static final String SUSPENDED = "READINESS_FUNDS_SUSPENDED";
    public static final String CONTINUED = "READINESS_FUNDS_CONTINUED";

    /** The district's calendar, in which the decision's date is named. */
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private record Decided(MonitoringReport report, FundsDecision decision) {
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public ReadinessCheckResult check(ProjectReadinessFacts facts) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("projectCode", facts.project().getCode().value());
        Optional<Decided> latest = facts.monitoringReports().stream()
                .flatMap(r -> r.getFundsDecisions().stream().map(d -> new Decided(r, d)))
                .max(Comparator.comparing((Decided d) -> d.decision().decidedAt()));
        if (latest.isEmpty()) {
            return ReadinessCheckResult.pass(CODE, NO_DECISION, arguments);
        }
        Decided decided = latest.get();
        arguments.put("reportId", decided.report().getId().toString());
        arguments.put("period", decided.report().getPeriod().label());
        arguments.put("decidedOn", decided.decision().decidedAt().atZone(DISTRICT).toLocalDate().toString());
        arguments.put("reason", decided.decision().reason());
        if (decided.decision().decision() == FundsDecisionKind.SUSPEND) {
            return ReadinessCheckResult.fail(CODE, SUSPENDED, arguments);
        }
        return ReadinessCheckResult.pass(CODE, CONTINUED, arguments);
    }
}
