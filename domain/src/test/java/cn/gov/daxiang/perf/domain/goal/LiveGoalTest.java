package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.HOUSING_BUREAU;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.OLD_AREAS;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.YEAR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.goalIn;
import static org.assertj.core.api.Assertions.assertThat;

class LiveGoalTest {

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = "REJECTED", mode = EnumSource.Mode.EXCLUDE)
    void everyGoalThatWasNotRejectedIsLiveAndHoldsItsSubject(GoalStatus status) {
        assertThat(LiveGoal.isLive(status)).isTrue();
        assertThat(LiveGoal.liveStatuses()).contains(status);
        assertThat(LiveGoal.of(GoalKind.PROJECT, YEAR, HOUSING_BUREAU, OLD_AREAS).isMetBy(goalIn(status))).isTrue();
    }

    @Test
    void aRejectedGoalFreesItsSubject() {
        assertThat(LiveGoal.isLive(GoalStatus.REJECTED)).isFalse();
        assertThat(LiveGoal.liveStatuses()).doesNotContain(GoalStatus.REJECTED).hasSize(GoalStatus.values().length - 1);
        assertThat(LiveGoal.of(GoalKind.PROJECT, YEAR, HOUSING_BUREAU, OLD_AREAS).isMetBy(goalIn(GoalStatus.REJECTED))).isFalse();
    }

    @Test
    void aGoalOfAnotherKindYearOrSubjectIsNotTheLiveGoalOfThisSubject() {
        PerformanceGoal draft = goalIn(GoalStatus.DRAFT);

        assertThat(LiveGoal.of(draft)).isEqualTo(new LiveGoal(GoalKind.PROJECT, YEAR, OLD_AREAS.value()));
        assertThat(new LiveGoal(GoalKind.TRANSFER_PAYMENT, YEAR, OLD_AREAS.value()).isMetBy(draft)).isFalse();
        assertThat(new LiveGoal(GoalKind.PROJECT, FiscalYear.of(2025), OLD_AREAS.value()).isMetBy(draft)).isFalse();
        assertThat(new LiveGoal(GoalKind.PROJECT, YEAR, "43050324T000000000102").isMetBy(draft)).isFalse();
    }

    @Test
    void aUnitGoalsSubjectIsTheUnitItself() {
        assertThat(LiveGoal.of(GoalKind.DEPARTMENT_OVERALL, YEAR, UnitCode.of("108001"), null).subjectKey()).isEqualTo("108001");
    }

    @Test
    void aSecondLiveGoalIsRefusedNamingTheSubjectAndTheLiveGoal() {
        AlreadyExistsException refusal = new LiveGoal(GoalKind.PROJECT, YEAR, OLD_AREAS.value()).alreadyDeclared("g-1");

        assertThat(refusal.code()).isEqualTo("GOAL_ALREADY_DECLARED");
        assertThat(refusal.arguments()).containsEntry("subject", OLD_AREAS.value()).containsEntry("goalId", "g-1")
                .containsEntry("kind", "PROJECT").containsEntry("fiscalYear", 2024);
    }
}
