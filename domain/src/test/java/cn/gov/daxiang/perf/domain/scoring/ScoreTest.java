package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreTest {

    @Test
    void scoresAlwaysCarryTwoDecimals() {
        assertThat(Score.of("88").value()).isEqualTo(new BigDecimal("88.00"));
        assertThat(Score.of("86.470").toString()).isEqualTo("86.47");
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"12.345, 12.35", "12.3449999, 12.34", "12.5025, 12.50", "0.005, 0.01", "0.0049, 0.00", "99.995, 100.00"})
    void computedScoresRoundHalfUpToTwoDecimals(String exact, String rounded) {
        assertThat(Score.roundedHalfUp(new BigDecimal(exact))).isEqualTo(Score.of(rounded));
    }

    @Test
    void aScoreHandedInWithMoreDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> Score.of("88.375"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SCORE_TOO_PRECISE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "120"})
    void scoresLieOnTheHundredPointScale(String value) {
        assertThatThrownBy(() -> Score.of(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SCORE_OUT_OF_RANGE"));
    }

    @Test
    void malformedScoresAreRefused() {
        assertThatThrownBy(() -> Score.of("八十"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SCORE_MALFORMED"));
    }

    @Test
    void sumsAreExact() {
        assertThat(Score.of("0.10").plus(Score.of("0.20"))).isEqualTo(Score.of("0.30"));
    }
}
