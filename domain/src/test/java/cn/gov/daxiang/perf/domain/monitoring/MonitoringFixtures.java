package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

final class MonitoringFixtures {

    static final ActorId UNIT_OPERATOR = ActorId.of("unit-105001-operator");
    static final ActorId DEPT_REVIEWER = ActorId.of("dept-105-reviewer");
    static final ActorId FINANCE_REVIEWER = ActorId.of("finance-reviewer");
    static final Instant T0 = Instant.parse("2024-10-10T02:00:00Z");

    static final MonitoringRound ROUND_1_TO_9 = MonitoringRound.open(
            MonitoringRoundId.of(UUID.fromString("00000000-0000-0000-0000-000000002409")), FiscalYear.of(2024), 9, LocalDate.of(2024, 10, 20));

    private MonitoringFixtures() {
    }

    static EvaluatedIndicator atLeast(String name, String target, String unit) {
        return EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY", name, Comparator.AT_LEAST,
                new BigDecimal(target), unit, null);
    }

    static EvaluatedIndicator atMost(String name, String target, String unit) {
        return EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "COST", name, Comparator.AT_MOST,
                new BigDecimal(target), unit, null);
    }

    static EvaluatedIndicator equalTo(String name, String target, String unit) {
        return EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUALITY", name, Comparator.EQUAL,
                new BigDecimal(target), unit, null);
    }

    static EvaluatedIndicator qualitative(String name) {
        return EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", name, null);
    }

    static MonitoringReport report(String unitCode, List<EvaluatedIndicator> indicators) {
        return MonitoringReport.open(MonitoringReportId.of(UUID.randomUUID()), ROUND_1_TO_9,
                GoalVersionReference.of(UUID.randomUUID(), 1), UnitCode.of(unitCode),
                ProjectCode.of("430503" + "24" + "T" + "0000" + unitCode.substring(0, 6) + "01"), indicators);
    }

    static BudgetExecution execution(String adjusted, String executed) {
        return BudgetExecution.of(Money.of(adjusted), Money.of(executed));
    }
}
