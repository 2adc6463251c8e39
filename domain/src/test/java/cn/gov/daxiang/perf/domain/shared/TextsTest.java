package cn.gov.daxiang.perf.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @Test
    void requiredTextIsTrimmed() {
        assertThat(Texts.required("name", "  区财政局 ", 10)).isEqualTo("区财政局");
    }

    @Test
    void blankTextIsRefusedForItsField() {
        assertThatThrownBy(() -> Texts.required("name", " \t", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEXT_REQUIRED");
                    assertThat(e.field()).contains("name");
                });
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(Texts.required("name", "城乡居民基本养老保险", 10)).hasSize(10);
        assertThatThrownBy(() -> Texts.required("name", "城乡居民基本养老保险金", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("TEXT_TOO_LONG"));
    }
}
