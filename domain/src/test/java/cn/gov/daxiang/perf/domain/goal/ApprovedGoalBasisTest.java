package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.IndicatorValueType;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovedGoalBasisTest {

    @Test
    void theBasisIsACopyOfTheLatestApprovedVersionsIndicatorsWithTheirLevelsTargetsAndWeights() {
        PerformanceGoal goal = GoalFixtures.goalIn(GoalStatus.APPROVED);

        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);

        assertThat(basis.goal()).isEqualTo(GoalVersionReference.of(goal.getId().value(), 1));
        assertThat(basis.unitCode()).isEqualTo(GoalFixtures.HOUSING_BUREAU);
        assertThat(basis.projectCode()).isEqualTo(GoalFixtures.OLD_AREAS);
        assertThat(basis.isDepartmentOverall()).isFalse();
        assertThat(basis.annualOverallGoal()).startsWith("完成12个老旧小区改造");
        assertThat(basis.indicators()).hasSize(7);
        EvaluatedIndicator cost = basis.indicators().get(3);
        assertThat(cost.id()).isEqualTo(GoalFixtures.COST.value());
        assertThat(cost.level1Code()).isEqualTo("OUTPUT");
        assertThat(cost.level2Code()).isEqualTo("COST");
        assertThat(cost.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(cost.target()).isEqualByComparingTo("350");
        assertThat(cost.unitOfMeasure()).isEqualTo("万元");
        assertThat(basis.indicators().get(5).valueType()).isEqualTo(IndicatorValueType.QUALITATIVE);
        assertThat(basis.indicators().get(5).target()).isNull();
    }

    @Test
    void anAdjustmentUnderReviewDoesNotChangeWhatIsMonitoredOrEvaluated() {
        PerformanceGoal goal = GoalFixtures.goalIn(GoalStatus.APPROVED);
        goal.openAdjustment("追加预算", GoalFixtures.UNIT_OPERATOR, GoalFixtures.at(60));
        List<Indicator> changed = new ArrayList<>(GoalFixtures.goodIndicators());
        changed.set(0, GoalFixtures.quantitative(GoalFixtures.QUANTITY, "OUTPUT", "QUANTITY", "改造老旧小区数", Comparator.AT_LEAST, "15", "个")
                .withWeight(new BigDecimal("20")));
        goal.editContent(GoalFixtures.contentWith(changed), GoalFixtures.TAXONOMY, GoalFixtures.UNIT_OPERATOR, GoalFixtures.at(61));

        ApprovedGoalBasis basis = ApprovedGoalBasis.of(goal);

        assertThat(basis.goal().version()).isEqualTo(1);
        assertThat(basis.indicators().get(0).target()).isEqualByComparingTo("12");
        assertThat(basis.indicators().get(0).weight()).isNull();
    }

    @Test
    void aGoalWithoutAnApprovedVersionCannotBeMonitoredOrEvaluated() {
        assertThatThrownBy(() -> ApprovedGoalBasis.of(GoalFixtures.goalIn(GoalStatus.DEPT_REVIEWED)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("GOAL_NOT_APPROVED_FOR_EVALUATION");
                    assertThat(e.arguments()).containsEntry("status", "DEPT_REVIEWED");
                });
    }
}
