package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignScopeTest {

    private static final UnitCode UNIT = UnitCode.of("105002");
    private static final UUID GOAL_A = new UUID(0, 1);
    private static final UUID GOAL_B = new UUID(0, 2);

    @Test
    void aSelfEvaluationCampaignOwesTheEvaluationsOfTheGoalKindsItAsksFor() {
        assertThat(CampaignScope.selfEvaluation(SelfEvaluationKind.DEPARTMENT_OVERALL).expectedGoalKinds())
                .containsExactly(GoalKind.DEPARTMENT_OVERALL);
        assertThat(CampaignScope.selfEvaluation(SelfEvaluationKind.PROJECT).expectedGoalKinds())
                .containsExactlyInAnyOrder(GoalKind.PROJECT, GoalKind.TRANSFER_PAYMENT);
        assertThat(CampaignScope.selfEvaluation(null).expectedGoalKinds()).containsExactlyInAnyOrder(GoalKind.values());
        assertThat(CampaignScope.monitoring(MonitoringRoundId.of(UUID.randomUUID())).expectedGoalKinds())
                .containsExactlyInAnyOrder(GoalKind.values());
    }

    @Test
    void aRoundCampaignNamesItsRoundAndTakesItsYear() {
        assertThatThrownBy(() -> new CampaignScope(CampaignKind.MONITORING_ROUND, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAMPAIGN_ROUND_REQUIRED");
                    assertThat(e.field()).contains("roundId");
                });
        assertThatThrownBy(() -> new CampaignScope(CampaignKind.SELF_EVALUATION, MonitoringRoundId.of(UUID.randomUUID()), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_ROUND_NOT_ALLOWED"));
        assertThatThrownBy(() -> new CampaignScope(CampaignKind.MONITORING_ROUND, MonitoringRoundId.of(UUID.randomUUID()),
                SelfEvaluationKind.PROJECT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_EVALUATION_KIND_NOT_ALLOWED"));

        MonitoringRound round = MonitoringRound.open(MonitoringRoundId.of(UUID.randomUUID()), FiscalYear.of(2024), 9, LocalDate.of(2024, 10, 20));
        Campaign campaign = Campaign.issueForRound(CampaignId.of(UUID.randomUUID()), "2024年1–9月绩效运行监控", round,
                List.of(CampaignTarget.of(UNIT, Money.of("100.00"))), LocalDate.of(2024, 10, 20), ActorId.of("finance"));
        assertThat(campaign.getFiscalYear()).isEqualTo(FiscalYear.of(2024));
        assertThat(campaign.getScope().roundId()).isEqualTo(round.getId());
        assertThat(campaign.getKind()).isEqualTo(CampaignKind.MONITORING_ROUND);
    }

    @Test
    void aUnitHasSubmittedOnlyWhenEveryGoalItOwesWorkForHasASubmittedItem() {
        assertThat(UnitWorkSummary.of(UNIT, Set.of(GOAL_A, GOAL_B), Map.of()))
                .isEqualTo(UnitWorkSummary.notStarted(UNIT));
        assertThat(UnitWorkSummary.of(UNIT, Set.of(GOAL_A, GOAL_B), Map.of(GOAL_A, ReviewState.DEPT_REVIEWED)))
                .as("one of two goals handed in").isEqualTo(new UnitWorkSummary(UNIT, true, false, false));
        assertThat(UnitWorkSummary.of(UNIT, Set.of(GOAL_A, GOAL_B), Map.of(GOAL_A, ReviewState.SUBMITTED, GOAL_B, ReviewState.FINANCE_REVIEWED)))
                .isEqualTo(new UnitWorkSummary(UNIT, true, true, false));
        assertThat(UnitWorkSummary.of(UNIT, Set.of(GOAL_A), Map.of(GOAL_A, ReviewState.FINANCE_REVIEWED)))
                .isEqualTo(new UnitWorkSummary(UNIT, true, true, true));
        assertThat(UnitWorkSummary.of(UNIT, Set.of(GOAL_A), Map.of(GOAL_A, ReviewState.DRAFT)))
                .as("a returned item is a draft again").isEqualTo(new UnitWorkSummary(UNIT, true, false, false));
        assertThat(UnitWorkSummary.of(UNIT, Set.of(), Map.of(GOAL_B, ReviewState.FINANCE_REVIEWED)))
                .as("work on a goal approved later counts").isEqualTo(new UnitWorkSummary(UNIT, true, true, true));
        assertThat(UnitWorkSummary.of(UNIT, Set.of(), Map.of())).as("owing nothing, having done nothing")
                .isEqualTo(UnitWorkSummary.notStarted(UNIT));
    }

    @Test
    void theAuditTrailSeesTheTaskItsDeadlineAndItsUnits() {
        Campaign campaign = Campaign.issue(CampaignId.of(UUID.randomUUID()), "2023年度部门整体绩效自评",
                CampaignScope.selfEvaluation(SelfEvaluationKind.DEPARTMENT_OVERALL), FiscalYear.of(2023),
                List.of(CampaignTarget.of(UNIT, Money.of("100.00")), CampaignTarget.of(UnitCode.of("105001"), Money.of("0.50"))),
                LocalDate.of(2024, 10, 31), ActorId.of("finance"));
        Map<String, String> before = campaign.auditSnapshot().fields();
        campaign.extendDeadline(LocalDate.of(2024, 11, 15));

        assertThat(before).containsEntry("targets", "2").containsEntry("totalAmount", "100.50")
                .containsEntry("evaluationKind", "DEPARTMENT_OVERALL").containsEntry("units", "105002,105001");
        assertThat(campaign.auditSnapshot().fields()).containsEntry("deadline", "2024-11-15");
    }

    @Test
    void aUnitSeesTheCoverageOfItsOwnLineOnly() {
        Campaign campaign = Campaign.issue(CampaignId.of(UUID.randomUUID()), "2023年度部门整体绩效自评",
                CampaignScope.selfEvaluation(null), FiscalYear.of(2023),
                List.of(CampaignTarget.of(UNIT, Money.of("100.00")), CampaignTarget.of(UnitCode.of("105001"), Money.of("300.00"))),
                LocalDate.of(2024, 10, 31), ActorId.of("finance"));
        CampaignCoverage all = campaign.coverage(List.of(UnitWorkSummary.approved(UNIT)), LocalDate.of(2024, 10, 1));

        CampaignCoverage own = all.restrictedTo(UNIT::equals);

        assertThat(own.totalUnits()).isEqualTo(1);
        assertThat(own.totalAmount()).isEqualTo(Money.of("100.00"));
        assertThat(own.completionShare().value()).isEqualByComparingTo("100");
        assertThat(all.completedAmountShare().orElseThrow().value()).isEqualByComparingTo("25");
        assertThat(all.submittedAmountShare().orElseThrow().value()).isEqualByComparingTo("25");
        CampaignCoverage none = all.restrictedTo(u -> false);
        assertThat(none.completionShare().value()).isEqualByComparingTo("0");
        assertThat(none.completedAmountShare()).isEmpty();
    }
}
