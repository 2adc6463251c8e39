package cn.gov.daxiang.perf.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amountsAlwaysCarryTwoDecimals() {
        assertThat(Money.of("81648.2").amount()).isEqualTo(new BigDecimal("81648.20"));
        assertThat(Money.of(5).toString()).isEqualTo("5.00");
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreNotExtraPrecision() {
        assertThat(Money.of("12.3400")).isEqualTo(Money.of("12.34"));
    }

    @Test
    void moreThanTwoSignificantDecimalsAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.of("0.005"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONEY_TOO_PRECISE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,000.00", "12..3"})
    void malformedAmountsAreRefused(String text) {
        assertThatThrownBy(() -> Money.of(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONEY_MALFORMED"));
    }

    @Test
    void amountsBeyondSixteenIntegerDigitsAreRefused() {
        assertThatThrownBy(() -> Money.of("10000000000000000.00"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONEY_OUT_OF_RANGE"));
        assertThat(Money.of("9999999999999999.99").amount()).isEqualByComparingTo("9999999999999999.99");
    }

    @Test
    void sumsAndDifferencesAreExact() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("1.00").minus(Money.of("1.01")).isNegative()).isTrue();
    }

    @Test
    void equalAmountsCompareEqualWhateverTheirInputScale() {
        assertThat(Money.of("3")).isEqualTo(Money.of("3.00"));
        assertThat(Money.of("3").compareTo(Money.of("2.99"))).isPositive();
        assertThat(Money.of("3").isGreaterThan(Money.of("2.99"))).isTrue();
    }

    @Test
    void anAmountWithAnExtremeExponentIsRefusedAndEchoedWithoutBeingExpanded() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1e999999999")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments()).containsEntry("amount", "1E+999999999"));
        assertThatThrownBy(() -> new Money(new BigDecimal("1e-999999999")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONEY_TOO_PRECISE"));
    }
}
