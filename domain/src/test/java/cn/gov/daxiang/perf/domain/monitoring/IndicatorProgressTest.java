package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A monitoring line's figures are quantities like the targets they are compared with: kept exactly or refused. */
class IndicatorProgressTest {

    private static final UUID INDICATOR = new UUID(0L, 7L);

    private static IndicatorProgress line(String actual, String projected) {
        return IndicatorProgress.quantitative(INDICATOR, actual == null ? null : new BigDecimal(actual),
                projected == null ? null : new BigDecimal(projected), Likelihood.CERTAIN);
    }

    @Test
    void anActualTooLargeForItsColumnIsRefusedNamingActualToDate() {
        assertThatThrownBy(() -> line("1e18", "12"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_OUT_OF_RANGE");
                    assertThat(e.field()).contains("actualToDate");
                });
    }

    @Test
    void aProjectionWithMoreThanSixDecimalsIsRefusedNamingProjectedYearEnd() {
        assertThatThrownBy(() -> line("9", "12.123456789"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_TOO_PRECISE");
                    assertThat(e.field()).contains("projectedYearEnd");
                });
    }

    @Test
    void aNegativeFigureKeepsItsOwnRefusal() {
        assertThatThrownBy(() -> line("-1", "12"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONITORING_VALUE_NEGATIVE"));
    }

    @Test
    void figuresWithinTheRuleAreKeptExactly() {
        IndicatorProgress kept = line("999999999999999999.999999", "0.000001");
        assertThat(kept.actualToDate()).isEqualByComparingTo("999999999999999999.999999");
        assertThat(kept.projectedYearEnd()).isEqualByComparingTo("0.000001");
    }
}
