package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentCriteriaSetTest {

    private static final ActorId ADMIN = ActorId.of("finance-admin");
    private static final Instant AT = Instant.parse("2025-01-02T00:00:00Z");

    @Test
    void theDefaultIsTheFiveCriteriaOfTheSeedTwentyPointsEach() {
        AssessmentCriteriaSet standard = AssessmentCriteriaSet.standard();
        assertThat(standard.getVersion()).isEqualTo(1);
        assertThat(standard.getCriteria()).extracting(AssessmentCriterion::label)
                .containsExactly("申报必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性");
        assertThat(standard.getCriteria()).allSatisfy(c -> assertThat(c.maxPoints()).isEqualByComparingTo("20"));
        assertThat(standard.getPublishedBy()).isEmpty();
    }

    @Test
    void publishingGivesTheNextVersionAndRecordsIt() {
        List<AssessmentCriterion> weighted = List.of(AssessmentCriterion.of("NECESSITY", "立项必要性", 30),
                AssessmentCriterion.of("ECONOMY", "投入经济性", 20), AssessmentCriterion.of("GOALS", "绩效目标合理性", 20),
                AssessmentCriterion.of("FEASIBILITY", "实施方案可行性", 15), AssessmentCriterion.of("FUNDING", "筹资合规性", 15));
        AssessmentCriteriaSet next = AssessmentCriteriaSet.publish(AssessmentCriteriaSet.standard(), weighted, ADMIN, AT);
        assertThat(next.getVersion()).isEqualTo(2);
        assertThat(next.pullEvents()).containsExactly(new AssessmentCriteriaPublished(2));
        assertThat(next.getPublishedBy()).contains(ADMIN);
    }

    @Test
    void thePointsMustAddUpTo100() {
        assertThatThrownBy(() -> AssessmentCriteriaSet.publish(AssessmentCriteriaSet.standard(),
                List.of(AssessmentCriterion.of("NECESSITY", "申报必要性", 20)), ADMIN, AT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ASSESSMENT_CRITERIA_POINTS_NOT_100");
        assertThatThrownBy(() -> AssessmentCriteriaSet.publish(AssessmentCriteriaSet.standard(),
                List.of(AssessmentCriterion.of("NECESSITY", "一", 50), AssessmentCriterion.of("NECESSITY", "二", 50)), ADMIN, AT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ASSESSMENT_CRITERION_DUPLICATE");
        assertThatThrownBy(() -> AssessmentCriteriaSet.publish(AssessmentCriteriaSet.standard(), List.of(), ADMIN, AT))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCriterionHasACodeALabelAndPositivePointsWithTwoDecimalsAtMost() {
        assertThatThrownBy(() -> AssessmentCriterion.of("necessity", "申报必要性", 20)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AssessmentCriterion.of("NECESSITY", " ", 20)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AssessmentCriterion.of("NECESSITY", "申报必要性", 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AssessmentCriterion("NECESSITY", "申报必要性", new BigDecimal("12.345")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AssessmentCriterion("NECESSITY", "申报必要性", new BigDecimal("1e999999999")))
                .isInstanceOf(InvalidValueException.class);
    }
}
