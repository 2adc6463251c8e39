package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.YEAR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.at;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.goalIn;
import static org.assertj.core.api.Assertions.assertThat;

class OwedCampaignWorkTest {

    private static final MonitoringRoundId ROUND = MonitoringRoundId.of(new UUID(0, 9));

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"APPROVED", "PUBLISHED"})
    void aUnitOwesAnItemForEachGoalOfTheYearWithAnApprovedVersion(GoalStatus status) {
        assertThat(new OwedCampaignWork(CampaignScope.monitoring(ROUND), YEAR).owes(goalIn(status))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"APPROVED", "PUBLISHED"}, mode = EnumSource.Mode.EXCLUDE)
    void aGoalNeverApprovedIsOwedNothing(GoalStatus status) {
        assertThat(new OwedCampaignWork(CampaignScope.monitoring(ROUND), YEAR).owes(goalIn(status))).isFalse();
    }

    @Test
    void anAdjustmentUnderReviewStillOwesOnTheVersionInForce() {
        PerformanceGoal adjusted = goalIn(GoalStatus.APPROVED);
        adjusted.openAdjustment("预算调整", UNIT_OPERATOR, at(60));

        assertThat(adjusted.getStatus()).isEqualTo(GoalStatus.DRAFT);
        assertThat(new OwedCampaignWork(CampaignScope.monitoring(ROUND), YEAR).owes(adjusted)).isTrue();
    }

    @Test
    void aGoalOfAnotherYearIsOwedNothing() {
        assertThat(new OwedCampaignWork(CampaignScope.monitoring(ROUND), FiscalYear.of(2025)).owes(goalIn(GoalStatus.APPROVED))).isFalse();
    }

    @Test
    void aSelfEvaluationCampaignOwesOnlyTheGoalKindsOfItsEvaluationKind() {
        PerformanceGoal projectGoal = goalIn(GoalStatus.APPROVED);

        assertThat(new OwedCampaignWork(CampaignScope.selfEvaluation(SelfEvaluationKind.PROJECT), YEAR).owes(projectGoal)).isTrue();
        assertThat(new OwedCampaignWork(CampaignScope.selfEvaluation(null), YEAR).owes(projectGoal)).isTrue();
        assertThat(new OwedCampaignWork(CampaignScope.selfEvaluation(SelfEvaluationKind.DEPARTMENT_OVERALL), YEAR).owes(projectGoal)).isFalse();
    }

    @Test
    void theEvaluationsThatCountAreOfTheScopesKindOrOfEveryKind() {
        assertThat(new OwedCampaignWork(CampaignScope.selfEvaluation(SelfEvaluationKind.PROJECT), YEAR).evaluationKinds())
                .containsExactly(SelfEvaluationKind.PROJECT);
        assertThat(new OwedCampaignWork(CampaignScope.selfEvaluation(null), YEAR).evaluationKinds())
                .containsExactlyInAnyOrder(SelfEvaluationKind.values());
        assertThat(new OwedCampaignWork(CampaignScope.monitoring(ROUND), YEAR).evaluationKinds()).isEmpty();
        assertThat(new OwedCampaignWork(CampaignScope.monitoring(ROUND), YEAR).round()).isEqualTo(ROUND);
    }

}
