package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atLeast;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atMost;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.execution;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.qualitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarningPolicyTest {

    private static final MonitoringPeriod JAN_TO_SEP = MonitoringPeriod.of(FiscalYear.of(2024), 9);   // 75.00 %
    private final WarningPolicy policy = WarningPolicy.standard();

    @ParameterizedTest(name = "executed {0} of 1,000,000 by 1–9月 → {1}")
    @CsvSource({
            "750000.00, GREEN",    // 75.00 %: on time
            "650000.00, GREEN",    // 65.00 %: lags 10.00 points, not more than 10
            "649900.00, YELLOW",   // 64.99 %: lags 10.01
            "550000.00, YELLOW",   // 55.00 %: lags 20.00, not more than 20
            "549900.00, RED",      // 54.99 %: lags 20.01
            "0.00,      RED",
            "1100000.00, GREEN"})  // 110 %: ahead
    void executionLaggingTimeProgressByMoreThanTenPointsIsYellowAndByMoreThanTwentyRed(String executed, WarningLevel level) {
        Warning warning = policy.assess(JAN_TO_SEP, List.of(), Map.of(), execution("1000000.00", executed));

        assertThat(warning.level()).isEqualTo(level);
    }

    @Test
    void theExecutionReasonExplainsTheLagWithTheDisplayedFigures() {
        Warning warning = policy.assess(JAN_TO_SEP, List.of(), Map.of(), execution("1000000.00", "620000.00"));

        assertThat(warning.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("WARNING_EXECUTION_LAGGING");
            assertThat(r.level()).isEqualTo(WarningLevel.YELLOW);
            assertThat(r.arguments()).containsEntry("executionRate", "62.00").containsEntry("timeProgress", "75.00")
                    .containsEntry("lag", "13.00").containsEntry("threshold", "10");
        });
    }

    @Test
    void aZeroBudgetHasNoRateAndSoNoLag() {
        assertThat(policy.assess(JAN_TO_SEP, List.of(), Map.of(), execution("0.00", "0.00")).level()).isEqualTo(WarningLevel.GREEN);
    }

    @Test
    void anIndicatorProjectedToMissItsTargetIsYellow() {
        EvaluatedIndicator cost = atMost("单位造价", "350", "元/平方米");
        IndicatorProgress line = IndicatorProgress.quantitative(cost.id(), new BigDecimal("360"), new BigDecimal("380"), Likelihood.POSSIBLE);

        Warning warning = policy.assess(JAN_TO_SEP, List.of(cost), Map.of(cost.id(), line), null);

        assertThat(warning.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(warning.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("WARNING_INDICATOR_OFF_TARGET");
            assertThat(r.arguments()).containsEntry("indicator", "单位造价").containsEntry("comparator", "≤")
                    .containsEntry("target", "350").containsEntry("projected", "380");
        });
    }

    @Test
    void anIndicatorProjectedOnTargetRaisesNothing() {
        EvaluatedIndicator count = atLeast("改造小区数", "12", "个");
        IndicatorProgress line = IndicatorProgress.quantitative(count.id(), new BigDecimal("8"), new BigDecimal("12"), Likelihood.CERTAIN);

        assertThat(policy.assess(JAN_TO_SEP, List.of(count), Map.of(count.id(), line), null)).isEqualTo(Warning.GREEN);
    }

    @Test
    void anIndicatorWhoseCompletionIsImpossibleIsRedWhateverItsProjection() {
        EvaluatedIndicator count = atLeast("改造小区数", "12", "个");
        IndicatorProgress line = IndicatorProgress.quantitative(count.id(), new BigDecimal("3"), new BigDecimal("12"), Likelihood.IMPOSSIBLE);

        Warning warning = policy.assess(JAN_TO_SEP, List.of(count), Map.of(count.id(), line), null);

        assertThat(warning.level()).isEqualTo(WarningLevel.RED);
        assertThat(warning.reasons()).extracting(WarningReason::code).containsExactly("WARNING_INDICATOR_IMPOSSIBLE");
    }

    @Test
    void aQualitativeIndicatorProjectedBelowTheAchievedTierIsYellow() {
        EvaluatedIndicator living = qualitative("居住条件改善");
        IndicatorProgress line = IndicatorProgress.qualitative(living.id(), QualitativeTier.PARTLY, Likelihood.POSSIBLE);

        Warning warning = policy.assess(JAN_TO_SEP, List.of(living), Map.of(living.id(), line), null);

        assertThat(warning.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("WARNING_INDICATOR_TIER_OFF_TARGET");
            assertThat(r.level()).isEqualTo(WarningLevel.YELLOW);
        });
    }

    @Test
    void theThresholdsAreConfigurable() {
        WarningPolicy strict = new WarningPolicy(new BigDecimal("5"), new BigDecimal("15"));

        assertThat(strict.assess(JAN_TO_SEP, List.of(), Map.of(), execution("100.00", "69.00")).level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(strict.assess(JAN_TO_SEP, List.of(), Map.of(), execution("100.00", "59.00")).level()).isEqualTo(WarningLevel.RED);
    }

    @Test
    void theRedThresholdLiesAboveTheYellowOne() {
        assertThatThrownBy(() -> new WarningPolicy(new BigDecimal("20"), new BigDecimal("10")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("WARNING_POLICY_THRESHOLDS_INVALID"));
        assertThatThrownBy(() -> new WarningPolicy(new BigDecimal("-1"), new BigDecimal("10")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aThresholdAboveAHundredPointsIsRefusedNamingItAsNoLagExceedsAHundred() {
        assertThatThrownBy(() -> new WarningPolicy(BigDecimal.TEN, new BigDecimal("10000")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_OUT_OF_RANGE");
                    assertThat(e.field()).contains("redLagAbove");
                    assertThat(e.arguments()).containsEntry("max", "100").containsEntry("maxDecimals", 2);
                });
        assertThat(new WarningPolicy(BigDecimal.TEN, BigDecimal.valueOf(100)).redLagAbove()).isEqualByComparingTo("100");
    }

    @Test
    void aThresholdWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> new WarningPolicy(new BigDecimal("0.001"), BigDecimal.TEN))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_TOO_PRECISE");
                    assertThat(e.field()).contains("yellowLagAbove");
                });
        assertThat(new WarningPolicy(new BigDecimal("0.01"), new BigDecimal("12.50")).yellowLagAbove()).isEqualByComparingTo("0.01");
    }

    @Test
    void aMissingThresholdIsRefusedNamingIt() {
        assertThatThrownBy(() -> new WarningPolicy(BigDecimal.TEN, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_REQUIRED");
                    assertThat(e.field()).contains("redLagAbove");
                });
    }

    @Test
    void aRedThresholdNotAboveTheYellowOneIsRefusedNamingTheRedOne() {
        assertThatThrownBy(() -> new WarningPolicy(BigDecimal.TEN, BigDecimal.TEN))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("WARNING_POLICY_THRESHOLDS_INVALID");
                    assertThat(e.field()).contains("redLagAbove");
                });
    }
}
