package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorTest {

    private static final IndicatorId ID = new IndicatorId(new UUID(0L, 1L));

    private static Indicator quantitative(BigDecimal target) {
        return Indicator.quantitative(ID, "OUTPUT", "QUANTITY", "改造老旧小区数", Comparator.AT_LEAST, target, "个");
    }

    @Test
    void aPoorDraftIndicatorWithoutTargetComparatorOrUnitCanStillBeEntered() {
        Indicator incomplete = Indicator.quantitative(ID, "output", "quantity", " 加装电梯数 ", null, null, " ");
        assertThat(incomplete.level1()).isEqualTo("OUTPUT");
        assertThat(incomplete.level2()).isEqualTo("QUANTITY");
        assertThat(incomplete.name()).isEqualTo("加装电梯数");
        assertThat(incomplete.unitOfMeasure()).isNull();
        assertThat(incomplete.targetValue()).isNull();
    }

    @Test
    void anIndicatorNeedsANameAndLevelCodes() {
        assertThatThrownBy(() -> Indicator.qualitative(ID, "BENEFIT", "SOCIAL", " ", "优：…"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEXT_REQUIRED");
                    assertThat(e.field()).contains("name");
                });
        assertThatThrownBy(() -> Indicator.qualitative(ID, "BENEFIT", null, "社会效益", "优：…"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("level2"));
    }

    @Test
    void aQualitativeIndicatorHasNeitherComparatorNorNumericTarget() {
        assertThatThrownBy(() -> new Indicator(ID, "BENEFIT", "SOCIAL", "群众生活改善", ValueType.QUALITATIVE,
                Comparator.AT_LEAST, null, "明显改善", null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("QUALITATIVE_INDICATOR_WITH_NUMERIC_TARGET"));
        assertThatThrownBy(() -> new Indicator(ID, "BENEFIT", "SOCIAL", "群众生活改善", ValueType.QUALITATIVE,
                null, BigDecimal.TEN, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aQuantitativeIndicatorHasNoTextTarget() {
        assertThatThrownBy(() -> new Indicator(ID, "OUTPUT", "QUANTITY", "改造小区数", ValueType.QUANTITATIVE,
                Comparator.AT_LEAST, null, "12个以上", "个", null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("QUANTITATIVE_INDICATOR_WITH_TEXT_TARGET"));
    }

    @Test
    void targetsWrittenWithDifferentScalesAreTheSameTarget() {
        assertThat(quantitative(new BigDecimal("12.00"))).isEqualTo(quantitative(new BigDecimal("12")));
        assertThat(quantitative(new BigDecimal("1.2E+3")).targetValue()).isEqualTo(new BigDecimal("1200"));
        assertThat(quantitative(new BigDecimal("95.50")).targetValue()).isEqualTo(new BigDecimal("95.5"));
    }

    @Test
    void aWeightIsAboveZeroAtMost100WithTwoDecimals() {
        assertThat(quantitative(BigDecimal.TEN).withWeight(new BigDecimal("12.5")).weight()).isEqualTo(new BigDecimal("12.50"));
        assertThat(quantitative(BigDecimal.TEN).withWeight(new BigDecimal("100")).weight()).isEqualByComparingTo("100");
        for (String bad : new String[]{"0", "-5", "100.01", "12.345"}) {
            assertThatThrownBy(() -> quantitative(BigDecimal.TEN).withWeight(new BigDecimal(bad)))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("INDICATOR_WEIGHT_INVALID");
                        assertThat(e.field()).contains("weight");
                    });
        }
    }

    @Test
    void explanationAndScoringRuleAreKept() {
        Indicator explained = quantitative(BigDecimal.TEN).withExplanation("按竣工验收小区个数计", "完成得满分，每少1个扣1分");
        assertThat(explained.explanation()).isEqualTo("按竣工验收小区个数计");
        assertThat(explained.scoringRule()).isEqualTo("完成得满分，每少1个扣1分");
    }

    @Test
    void valueTypesAndIdsParse() {
        assertThat(ValueType.parse("定性")).isEqualTo(ValueType.QUALITATIVE);
        assertThat(ValueType.parse("quantitative")).isEqualTo(ValueType.QUANTITATIVE);
        assertThatThrownBy(() -> ValueType.parse("数值"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("VALUE_TYPE_UNKNOWN"));
        assertThat(IndicatorId.of(ID.toString())).isEqualTo(ID);
        assertThatThrownBy(() -> IndicatorId.of("x"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_ID_MALFORMED"));
    }

    @Test
    void theTaxonomyDecidesWhetherTheLevelsFit() {
        Indicator misplaced = Indicator.quantitative(ID, "SATISFACTION", "COST", "满意度成本", Comparator.AT_MOST, BigDecimal.ONE, "元");
        assertThatThrownBy(() -> misplaced.checkAgainst(IndicatorTaxonomy.standard()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_CATEGORY_UNKNOWN"));
    }

    @org.junit.jupiter.api.Test
    void anUndeclaredValueTypeIsQualitativeOnlyForATextTargetWithoutANumber() {
        org.assertj.core.api.Assertions.assertThat(ValueType.inferred(null, "明显改善")).isEqualTo(ValueType.QUALITATIVE);
        org.assertj.core.api.Assertions.assertThat(ValueType.inferred(java.math.BigDecimal.TEN, "约10个")).isEqualTo(ValueType.QUANTITATIVE);
        org.assertj.core.api.Assertions.assertThat(ValueType.inferred(null, " ")).isEqualTo(ValueType.QUANTITATIVE);
    }

    @Test
    void aTargetValueTooLargeForItsColumnIsRefusedNamingTheFieldAndRange() {
        assertThatThrownBy(() -> quantitative(new BigDecimal("1e18")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_OUT_OF_RANGE");
                    assertThat(e.field()).contains("targetValue");
                    assertThat(e.arguments()).containsEntry("max", "999999999999999999.999999").containsEntry("maxDecimals", 6);
                });
        assertThat(quantitative(new BigDecimal("999999999999999999.999999")).targetValue()).isEqualByComparingTo("999999999999999999.999999");
    }

    @Test
    void aTargetValueWithMoreThanSixDecimalsIsRefusedNotStoredRounded() {
        for (String tooPrecise : new String[]{"1e-7", "12.123456789"}) {
            assertThatThrownBy(() -> quantitative(new BigDecimal(tooPrecise)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("NUMBER_TOO_PRECISE");
                        assertThat(e.field()).contains("targetValue");
                    });
        }
        assertThat(quantitative(new BigDecimal("12.123456")).targetValue()).isEqualByComparingTo("12.123456");
        assertThat(quantitative(new BigDecimal("0.000001")).targetValue()).isEqualByComparingTo("0.000001");
    }

    @Test
    void aNegativeTargetValueTooLargeForItsColumnIsRefusedToo() {
        assertThatThrownBy(() -> quantitative(new BigDecimal("-1e18")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_OUT_OF_RANGE");
                    assertThat(e.arguments()).containsEntry("min", "-999999999999999999.999999");
                });
        assertThat(quantitative(new BigDecimal("-5.5")).targetValue()).isEqualByComparingTo("-5.5");
    }

    @Test
    void aRefusedWeightEchoesAHugeNumberWithoutExpandingIt() {
        assertThatThrownBy(() -> quantitative(BigDecimal.TEN).withWeight(new BigDecimal("1e999999999")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments().get("weight").toString()).isEqualTo("1E+999999999"));
    }
}
