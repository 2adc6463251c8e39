package cn.gov.daxiang.perf.domain.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentageTest {

    @Test
    void aRatioIsRoundedHalfUpToTwoDecimalsOnce() {
        assertThat(Percentage.ofRatio(BigDecimal.valueOf(9), BigDecimal.valueOf(12))).isEqualTo(Percentage.of("75.00"));
        assertThat(Percentage.ofRatio(BigDecimal.ONE, BigDecimal.valueOf(12))).isEqualTo(Percentage.of("8.33"));
        assertThat(Percentage.ofRatio(BigDecimal.valueOf(2), BigDecimal.valueOf(3))).isEqualTo(Percentage.of("66.67"));
        // 0.125 % exactly: HALF_UP gives 0.13
        assertThat(Percentage.ofRatio(Money.of("1.25"), Money.of("1000.00"))).isEqualTo(Percentage.of("0.13"));
    }

    @Test
    void ratesMayExceedAHundred() {
        assertThat(Percentage.ofRatio(Money.of("1260000.00"), Money.of("1200000.00"))).isEqualTo(Percentage.of("105"));
    }

    @Test
    void pointsAboveIsTheDifferenceInPercentagePoints() {
        assertThat(Percentage.of("75.00").pointsAbove(Percentage.of("62.00"))).isEqualByComparingTo("13.00");
        assertThat(Percentage.of("62.00").pointsAbove(Percentage.of("75.00"))).isEqualByComparingTo("-13.00");
    }

    @Test
    void negativeTooPreciseOrMalformedPercentagesAreRefused() {
        assertThatThrownBy(() -> Percentage.of("-0.01"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("PERCENTAGE_NEGATIVE"));
        assertThatThrownBy(() -> Percentage.of("1.005"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("PERCENTAGE_TOO_PRECISE"));
        assertThatThrownBy(() -> Percentage.of("七成"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("PERCENTAGE_MALFORMED"));
    }

    @Test
    void aRateOfNothingIsUndefined() {
        assertThatThrownBy(() -> Percentage.ofRatio(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
