package cn.gov.daxiang.perf.domain.budgetunit;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitCodeTest {

    @Test
    void codesAreNormalisedToTrimmedUpperCase() {
        assertThat(UnitCode.of(" 101001 ").value()).isEqualTo("101001");
        assertThat(UnitCode.of("a01b").value()).isEqualTo("A01B");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12", "101-001", "101 001", "财政局", "123456789012345678901"})
    void codesOutsideThreeToTwentyDigitsOrLettersAreMalformed(String text) {
        assertThatThrownBy(() -> UnitCode.of(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("UNIT_CODE_MALFORMED"));
    }
}
