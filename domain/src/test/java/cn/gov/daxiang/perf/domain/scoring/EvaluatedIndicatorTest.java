package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluatedIndicatorTest {

    @Test
    void aQuantitativeIndicatorNeedsAComparatorAndATarget() {
        assertThatThrownBy(() -> new EvaluatedIndicator(UUID.randomUUID(), "OUTPUT", "QUANTITY", "改造小区数",
                IndicatorValueType.QUANTITATIVE, null, BigDecimal.TEN, "个", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVALUATED_INDICATOR_TARGET_REQUIRED"));
        assertThatThrownBy(() -> EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY", "改造小区数",
                Comparator.AT_LEAST, null, "个", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVALUATED_INDICATOR_TARGET_REQUIRED"));
    }

    @Test
    void negativeTargetsAreRefused() {
        assertThatThrownBy(() -> EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "COST", "三公经费变动率",
                Comparator.AT_MOST, new BigDecimal("-5"), "%", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVALUATED_INDICATOR_VALUE_NEGATIVE"));
    }

    @Test
    void aQualitativeIndicatorHasNoNumericTarget() {
        assertThatThrownBy(() -> new EvaluatedIndicator(UUID.randomUUID(), "BENEFIT", "SOCIAL", "居住条件改善",
                IndicatorValueType.QUALITATIVE, Comparator.AT_LEAST, BigDecimal.ONE, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVALUATED_INDICATOR_QUALITATIVE_WITH_TARGET"));
    }

    @Test
    void anOwnWeightMustBePositive() {
        assertThatThrownBy(() -> EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", "居住条件改善", BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("EVALUATED_INDICATOR_WEIGHT_NOT_POSITIVE"));
    }

    @Test
    void namesAreTrimmedAndABlankUnitOfMeasureMeansNone() {
        EvaluatedIndicator indicator = EvaluatedIndicator.quantitative(UUID.randomUUID(), " OUTPUT ", "QUANTITY", " 改造小区数 ",
                Comparator.AT_LEAST, BigDecimal.TEN, "  ", null);

        assertThat(indicator.name()).isEqualTo("改造小区数");
        assertThat(indicator.level1Code()).isEqualTo("OUTPUT");
        assertThat(indicator.unitOfMeasure()).isNull();
        assertThat(indicator.hasWeight()).isFalse();
    }

    @Test
    void aGoalVersionCountsFromOne() {
        assertThatThrownBy(() -> GoalVersionReference.of(UUID.randomUUID(), 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("GOAL_VERSION_INVALID"));
    }
}
