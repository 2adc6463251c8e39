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

    @Test
    void optionalTextIsTrimmedOrNullWhenBlankAndStillLimitedInLength() {
        assertThat(Texts.optional("unit", " 万元 ", 5)).isEqualTo("万元");
        assertThat(Texts.optional("unit", " ", 5)).isNull();
        assertThat(Texts.optional("unit", null, 5)).isNull();
        assertThatThrownBy(() -> Texts.optional("unit", "元/平方米/年", 5))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEXT_TOO_LONG");
                    assertThat(e.field()).contains("unit");
                });
    }

    @Test
    void normalisedTextIgnoresBlanksPunctuationFullWidthFormsAndCase() {
        assertThat(Texts.normalised(" 服务对象 满意度。")).isEqualTo(Texts.normalised("服务对象满意度"));
        assertThat(Texts.normalised("ＰＭ２.５ 达标率")).isEqualTo("pm25达标率");
        assertThat(Texts.normalised("完成改造，惠及居民！")).isEqualTo("完成改造惠及居民");
        assertThat(Texts.normalised("改造小区数")).isNotEqualTo(Texts.normalised("改造小区面积"));
        assertThat(Texts.normalised(null)).isEmpty();
    }

    @Test
    void aNulCharacterIsRefusedNamingTheFieldAndPosition() {
        assertThatThrownBy(() -> Texts.required("name", "改造\u0000小区", 50))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEXT_CONTROL_CHARACTER");
                    assertThat(e.field()).contains("name");
                    assertThat(e.arguments()).containsEntry("character", "U+0000").containsEntry("position", 3);
                });
        assertThatThrownBy(() -> Texts.optional("explanation", "a\u0000b", 50)).isInstanceOf(InvalidValueException.class);
        assertThat(Texts.required("explanation", "第一行\n第二行\t制表\u000B续", 50)).isEqualTo("第一行\n第二行\t制表\u000B续");
    }

    @Test
    void aSearchTermIsTrimmedOrNullAndLimitedTo200Characters() {
        assertThat(Texts.searchTerm("keyword", "  普惠 ")).isEqualTo("普惠");
        assertThat(Texts.searchTerm("keyword", " ")).isNull();
        assertThatThrownBy(() -> Texts.searchTerm("keyword", "x".repeat(201)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("TEXT_TOO_LONG"));
        assertThatThrownBy(() -> Texts.searchTerm("level2", "\u0000"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("level2"));
    }
}
