package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an indicator achieved is kept exactly as stored (NUMERIC(24,6) for a measured value) or refused. */
class AchievementTest {

    @Test
    void aMeasuredValueTooLargeOrTooPreciseForItsColumnIsRefusedNamingActual() {
        assertThatThrownBy(() -> Achievement.measured(new BigDecimal("1e18")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("NUMBER_OUT_OF_RANGE");
                    assertThat(e.field()).contains("actual");
                });
        assertThatThrownBy(() -> Achievement.measured(new BigDecimal("1e-7")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("NUMBER_TOO_PRECISE"));
        assertThat(Achievement.measured(new BigDecimal("93.5")).actual()).isEqualByComparingTo("93.5");
    }

    @Test
    void aTierPercentageWithAnExtremeExponentIsRefusedWithoutExpandingIt() {
        assertThatThrownBy(() -> Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("1e-999999999")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("QUALITATIVE_PERCENTAGE_TOO_PRECISE"));
        assertThatThrownBy(() -> Achievement.judged(QualitativeTier.PARTLY, new BigDecimal("1e999999999")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("QUALITATIVE_PERCENTAGE_OUTSIDE_TIER"));
    }
}
