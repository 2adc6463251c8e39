package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.goal.GoalFixtures;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecision;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringPeriod;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.Warning;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.monitoring.WarningReason;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FundsNotSuspendedCheckTest {

    private static final Instant JULY = Instant.parse("2024-07-12T02:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2024-10-25T17:00:00Z");   // 26 October in the district
    private static final Warning RED = new Warning(List.of(new WarningReason("WARNING_EXECUTION_LAG", WarningLevel.RED, Map.of())));

    private final Project project = Project.of(GoalFixtures.OLD_AREAS, "2024年度城镇老旧小区改造项目", GoalFixtures.HOUSING_BUREAU,
            GoalFixtures.YEAR, ProjectCategory.SPECIFIC_PURPOSE, List.of(), ProjectFunds.of(GoalFixtures.FUNDS, Money.ZERO, Money.ZERO));

    private static MonitoringReport redReport(ProjectCode projectCode, int cutOffMonth, FundsDecision... decisions) {
        return MonitoringReport.restore(MonitoringReportId.of(UUID.randomUUID()), MonitoringRoundId.of(UUID.randomUUID()),
                MonitoringPeriod.of(GoalFixtures.YEAR, cutOffMonth), GoalVersionReference.of(UUID.randomUUID(), 1),
                GoalFixtures.HOUSING_BUREAU, projectCode,
                List.of(EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", "群众满意", null)), List.of(),
                BudgetExecution.of(Money.of(1000), Money.ZERO), ReviewState.SUBMITTED, List.of(), RED, List.of(decisions));
    }

    private static FundsDecision decision(FundsDecisionKind kind, Instant at) {
        return new FundsDecision(kind, ActorId.of("finance-01"), at, kind == FundsDecisionKind.SUSPEND ? "执行严重滞后" : "已整改");
    }

    private ReadinessCheckResult check(MonitoringReport... reports) {
        return new FundsNotSuspendedCheck().check(ProjectReadinessFacts.about(project).withMonitoringReports(List.of(reports)));
    }

    @Test
    void aProjectWithoutFundsDecisionsPasses() {
        ReadinessCheckResult result = check(redReport(GoalFixtures.OLD_AREAS, 6));
        assertThat(result.passed()).isTrue();
        assertThat(result.reason()).isEqualTo(FundsNotSuspendedCheck.NO_DECISION);
    }

    @Test
    void suspendedFundsFailNamingTheReportAndTheDecisionDateInTheDistrict() {
        MonitoringReport suspended = redReport(GoalFixtures.OLD_AREAS, 9, decision(FundsDecisionKind.SUSPEND, OCTOBER));
        ReadinessCheckResult result = check(suspended);
        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo(FundsNotSuspendedCheck.SUSPENDED);
        assertThat(result.arguments()).containsEntry("reportId", suspended.getId().toString())
                .containsEntry("decidedOn", "2024-10-26").containsEntry("reason", "执行严重滞后");
    }

    @Test
    void aLaterContinueDecisionLiftsTheSuspension() {
        MonitoringReport sameReport = redReport(GoalFixtures.OLD_AREAS, 6,
                decision(FundsDecisionKind.SUSPEND, JULY), decision(FundsDecisionKind.CONTINUE, OCTOBER));
        assertThat(check(sameReport).reason()).isEqualTo(FundsNotSuspendedCheck.CONTINUED);

        MonitoringReport suspendedInJuly = redReport(GoalFixtures.OLD_AREAS, 6, decision(FundsDecisionKind.SUSPEND, JULY));
        MonitoringReport continuedLater = redReport(GoalFixtures.OLD_AREAS, 9, decision(FundsDecisionKind.CONTINUE, OCTOBER));
        assertThat(check(continuedLater, suspendedInJuly).passed()).isTrue();
    }

    @Test
    void aLaterSuspensionOutweighsAnEarlierContinue() {
        MonitoringReport continued = redReport(GoalFixtures.OLD_AREAS, 6, decision(FundsDecisionKind.CONTINUE, JULY));
        MonitoringReport suspended = redReport(GoalFixtures.OLD_AREAS, 9, decision(FundsDecisionKind.SUSPEND, OCTOBER));
        assertThat(check(continued, suspended).passed()).isFalse();
    }

    @Test
    void anotherProjectsSuspensionDoesNotCount() {
        MonitoringReport other = redReport(ProjectCode.of("43050324T000000000102"), 9, decision(FundsDecisionKind.SUSPEND, OCTOBER));
        assertThat(check(other).passed()).isTrue();
    }

    @Test
    void theStandardReadinessRunsTheFundsCheck() {
        assertThat(ProjectReadiness.standard().checkCodes()).contains(FundsNotSuspendedCheck.CODE);
    }
}
