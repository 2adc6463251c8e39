package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectCodeTest {

    @Test
    void theStandardTwentyOneCharacterLayoutIsRecognised() {
        ProjectCode code = ProjectCode.of("43050324T000000000101");
        assertThat(code.standardLayout()).hasValueSatisfying(layout -> {
            assertThat(layout.fiscalDivision()).isEqualTo("430503");
            assertThat(layout.yearOfCentury()).isEqualTo(24);
            assertThat(layout.categoryLetter()).isEqualTo('T');
            assertThat(layout.sequence()).isEqualTo("000000000101");
        });
    }

    @Test
    void otherLayoutsAreAcceptedLeniently() {
        ProjectCode code = ProjectCode.of("dx2024zx01");
        assertThat(code.value()).isEqualTo("DX2024ZX01");
        assertThat(code.standardLayout()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "43050324T-0001", "老旧小区改造"})
    void codesWithOtherCharactersOrTooShortAreMalformed(String text) {
        assertThatThrownBy(() -> ProjectCode.of(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("PROJECT_CODE_MALFORMED"));
    }
}
