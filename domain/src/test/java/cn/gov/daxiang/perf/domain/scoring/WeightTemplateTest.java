package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightTemplateTest {

    @Test
    void theStandardTemplateIsExecutionTenOutputFiftyBenefitThirtySatisfactionTen() {
        WeightTemplate standard = WeightTemplate.standard();

        assertThat(standard.executionRateWeight()).isEqualByComparingTo("10");
        assertThat(standard.groupWeights()).containsExactly(
                Map.entry("OUTPUT", new BigDecimal("50.00")), Map.entry("BENEFIT", new BigDecimal("30.00")),
                Map.entry("SATISFACTION", new BigDecimal("10.00")));
    }

    @Test
    void anyOtherSplitThatAddsUpToAHundredIsAccepted() {
        WeightTemplate sichuan = new WeightTemplate(BigDecimal.TEN, groups("OUTPUT", "60", "BENEFIT", "30"));

        assertThat(sichuan.groupWeight("OUTPUT")).isEqualByComparingTo("60");
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreRefused() {
        assertThatThrownBy(() -> new WeightTemplate(BigDecimal.TEN, groups("OUTPUT", "50", "BENEFIT", "30")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("WEIGHT_TEMPLATE_SUM_NOT_HUNDRED");
                    assertThat(e.arguments()).containsEntry("sum", "90.00");
                });
    }

    @Test
    void negativeOrTooPreciseWeightsAreRefused() {
        assertThatThrownBy(() -> new WeightTemplate(new BigDecimal("-10"), groups("OUTPUT", "110")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_INVALID"));
        assertThatThrownBy(() -> new WeightTemplate(new BigDecimal("9.995"), groups("OUTPUT", "90.005")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_INVALID"));
    }

    @Test
    void aTemplateNeedsAtLeastOneGroup() {
        assertThatThrownBy(() -> new WeightTemplate(new BigDecimal("100"), Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_TEMPLATE_WITHOUT_GROUPS"));
    }

    @Test
    void aGroupWithoutOwnWeightsIsSplitEquallyToTheHundredth() {
        List<EvaluatedIndicator> indicators = List.of(
                output("a", null), output("b", null), output("c", null), benefit("d", null), satisfaction("e", null));

        Map<UUID, BigDecimal> allocated = WeightTemplate.standard().allocate(indicators);

        assertThat(allocated.values()).containsExactly(
                new BigDecimal("16.67"), new BigDecimal("16.67"), new BigDecimal("16.66"),
                new BigDecimal("30.00"), new BigDecimal("10.00"));
    }

    @Test
    void aGroupWithOwnWeightsIsSplitInProportionToThem() {
        List<EvaluatedIndicator> indicators = List.of(
                output("a", "20"), output("b", "20"), output("c", "10"), benefit("d", "1"), benefit("e", "2"), satisfaction("f", "7"));

        Map<UUID, BigDecimal> allocated = WeightTemplate.standard().allocate(indicators);

        assertThat(allocated.values()).containsExactly(
                new BigDecimal("20.00"), new BigDecimal("20.00"), new BigDecimal("10.00"),
                new BigDecimal("10.00"), new BigDecimal("20.00"), new BigDecimal("10.00"));
    }

    @Test
    void aGroupMustNotMixWeightedAndUnweightedIndicators() {
        List<EvaluatedIndicator> indicators = List.of(output("a", "20"), output("b", null), benefit("d", null), satisfaction("e", null));

        assertThatThrownBy(() -> WeightTemplate.standard().allocate(indicators))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("EVALUATED_INDICATOR_WEIGHTS_PARTIAL");
                    assertThat(e.arguments()).containsEntry("level1Code", "OUTPUT").containsEntry("indicators", List.of("b"));
                });
    }

    @Test
    void aWeightedGroupWithoutIndicatorsIsRefusedBecauseItsPointsCouldNeverBeEarned() {
        List<EvaluatedIndicator> indicators = List.of(output("a", null), benefit("d", null));

        assertThatThrownBy(() -> WeightTemplate.standard().allocate(indicators))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("WEIGHT_GROUP_WITHOUT_INDICATORS");
                    assertThat(e.arguments()).containsEntry("level1Code", "SATISFACTION");
                });
    }

    @Test
    void anIndicatorOfAGroupTheTemplateDoesNotKnowIsRefused() {
        EvaluatedIndicator cost = EvaluatedIndicator.quantitative(UUID.randomUUID(), "COST", "ECONOMIC", "成本",
                Comparator.AT_MOST, BigDecimal.TEN, "万元", null);

        assertThatThrownBy(() -> WeightTemplate.standard().allocate(List.of(output("a", null), benefit("b", null), satisfaction("c", null), cost)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_GROUP_NOT_IN_TEMPLATE"));
    }

    @Test
    void excludingAGroupScalesTheRestBackToAHundred() {
        WeightTemplate withoutSatisfaction = WeightTemplate.standard().excluding(Set.of("SATISFACTION"));

        // 10 : 50 : 30 scaled to 100 = 11.11 : 55.56 : 33.33 (largest remainder gets the last hundredth)
        assertThat(withoutSatisfaction.executionRateWeight()).isEqualByComparingTo("11.11");
        assertThat(withoutSatisfaction.groupWeights()).containsExactly(
                Map.entry("OUTPUT", new BigDecimal("55.56")), Map.entry("BENEFIT", new BigDecimal("33.33")));
    }

    @Test
    void excludingAGroupTheTemplateDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> WeightTemplate.standard().excluding(Set.of("COST")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_GROUP_NOT_IN_TEMPLATE"));
    }

    private static Map<String, BigDecimal> groups(String... codeWeight) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        for (int i = 0; i < codeWeight.length; i += 2) {
            groups.put(codeWeight[i], new BigDecimal(codeWeight[i + 1]));
        }
        return groups;
    }

    static EvaluatedIndicator output(String name, String weight) {
        return EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY", name, Comparator.AT_LEAST,
                BigDecimal.TEN, "个", weight == null ? null : new BigDecimal(weight));
    }

    static EvaluatedIndicator benefit(String name, String weight) {
        return EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", name, weight == null ? null : new BigDecimal(weight));
    }

    static EvaluatedIndicator satisfaction(String name, String weight) {
        return EvaluatedIndicator.quantitative(UUID.randomUUID(), "SATISFACTION", "BENEFICIARY", name, Comparator.AT_LEAST,
                new BigDecimal("90"), "%", weight == null ? null : new BigDecimal(weight));
    }

    @Test
    void aGroupWithoutAWeightIsRefusedNamingTheGroup() {
        Map<String, BigDecimal> groups = groups("OUTPUT", "60", "BENEFIT", "30");
        groups.put("SATISFACTION", null);
        assertThatThrownBy(() -> new WeightTemplate(BigDecimal.TEN, groups))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("WEIGHT_REQUIRED");
                    assertThat(e.field()).contains("groups.SATISFACTION");
                });
        assertThatThrownBy(() -> new WeightTemplate(null, groups("OUTPUT", "100")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("executionRate"));
    }

    @Test
    void aBlankGroupCodeIsRefusedNamingTheGroups() {
        assertThatThrownBy(() -> new WeightTemplate(BigDecimal.TEN, groups(" ", "90")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("groups"));
    }

    @Test
    void aGroupWeightWithMoreThanTwoDecimalsIsRefusedNamingTheGroup() {
        assertThatThrownBy(() -> new WeightTemplate(BigDecimal.TEN, groups("OUTPUT", "89.999", "BENEFIT", "0.001")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("WEIGHT_INVALID");
                    assertThat(e.field()).contains("groups.OUTPUT");
                });
    }
}
