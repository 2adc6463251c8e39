package cn.gov.daxiang.perf.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void yearsFrom2000To2099AreValid() {
        assertThat(FiscalYear.of(2000).value()).isEqualTo(2000);
        assertThat(FiscalYear.of(2099).value()).isEqualTo(2099);
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> FiscalYear.of(1999)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("FISCAL_YEAR_OUT_OF_RANGE");
        assertThatThrownBy(() -> FiscalYear.of(2100)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void textThatIsNotAYearIsRefusedAsMalformed() {
        assertThatThrownBy(() -> FiscalYear.parse("二〇二四")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("FISCAL_YEAR_MALFORMED");
    }

    @Test
    void nextYearFollowsThisYear() {
        assertThat(FiscalYear.parse(" 2024 ").next()).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.of(2024).previous()).isEqualTo(FiscalYear.of(2023));
    }
}
