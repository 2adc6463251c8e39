package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.FINANCE_REVIEWER;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.T0;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atLeast;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.execution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A round carries its own warning thresholds; reports keep the warning of their submission. */
class MonitoringRoundPolicyTest {

    private final MonitoringRound round = MonitoringRound.open(MonitoringRoundId.of(UUID.randomUUID()), FiscalYear.of(2024), 9,
            LocalDate.of(2024, 10, 20), new WarningPolicy(new BigDecimal("5"), new BigDecimal("15")));

    private MonitoringReport report(String executed) {
        var indicator = atLeast("改造小区数", "12", "个");
        MonitoringReport report = MonitoringReport.open(MonitoringReportId.of(UUID.randomUUID()), round,
                GoalVersionReference.of(UUID.randomUUID(), 1), FiscalYear.of(2024), UnitCode.of("108002"), null, List.of(indicator));
        report.recordProgress(IndicatorProgress.quantitative(indicator.id(), new BigDecimal("9"), new BigDecimal("12"), Likelihood.CERTAIN));
        report.recordExecution(execution("1000000.00", executed));
        return report;
    }

    @Test
    void aRoundsThresholdsWarnItsReportsAndAChangeWarnsOnlyLaterSubmissions() {
        // 1–9月: time progress 75.00 %; 67.00 % executed lags 8.00 points: over 5 (the round's yellow), under 10 (the standard)
        MonitoringReport early = report("670000.00");
        early.submit(UNIT_OPERATOR, T0, round.getWarningPolicy());
        assertThat(early.getWarning().orElseThrow().level()).isEqualTo(WarningLevel.YELLOW);

        round.changeWarningPolicy(WarningPolicy.standard());
        MonitoringReport later = report("670000.00");
        assertThat(later.assess(round.getWarningPolicy()).level()).isEqualTo(WarningLevel.GREEN);
        assertThat(early.getWarning().orElseThrow().level()).as("kept from its submission").isEqualTo(WarningLevel.YELLOW);
        assertThat(round.auditSnapshot().fields()).containsEntry("yellowLagAbove", "10").containsEntry("redLagAbove", "20");
    }

    @Test
    void aRoundMonitorsOnlyTheGoalsOfItsYear() {
        assertThatThrownBy(() -> MonitoringReport.open(MonitoringReportId.of(UUID.randomUUID()), round,
                GoalVersionReference.of(UUID.randomUUID(), 1), FiscalYear.of(2025), UnitCode.of("108002"), null,
                List.of(atLeast("改造小区数", "12", "个"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MONITORING_GOAL_OF_ANOTHER_YEAR");
                    assertThat(e.arguments()).containsEntry("goalFiscalYear", 2025).containsEntry("roundFiscalYear", 2024);
                });
    }

    @Test
    void theFundsStatusFollowsTheWarningAndFinancesDecisions() {
        MonitoringReport green = report("750000.00");
        assertThat(green.getFundsStatus()).isEqualTo(FundsStatus.NOT_APPLICABLE);

        // 50.00 % executed lags 25.00 points: over 15, RED
        MonitoringReport red = report("500000.00");
        assertThat(red.getFundsStatus()).as("a draft has no warning yet").isEqualTo(FundsStatus.NOT_APPLICABLE);
        red.submit(UNIT_OPERATOR, T0, round.getWarningPolicy());
        assertThat(red.getFundsStatus()).isEqualTo(FundsStatus.DECISION_PENDING);
        red.decideOnFunds(FundsDecisionKind.SUSPEND, FINANCE_REVIEWER, T0.plusSeconds(60), "执行严重滞后，暂缓拨付剩余资金");
        assertThat(red.getFundsStatus()).isEqualTo(FundsStatus.SUSPENDED);
        assertThat(red.auditSnapshot().fields()).containsEntry("funds", "SUSPEND: 执行严重滞后，暂缓拨付剩余资金")
                .containsEntry("warning", "RED").containsEntry("status", "SUBMITTED");
        red.decideOnFunds(FundsDecisionKind.CONTINUE, FINANCE_REVIEWER, T0.plusSeconds(120), "单位已提交整改计划");
        assertThat(red.getFundsStatus()).isEqualTo(FundsStatus.CONTINUED);
    }
}
