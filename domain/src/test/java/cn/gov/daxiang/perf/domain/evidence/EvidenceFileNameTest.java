package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFileNameTest {

    @Test
    void chineseNamesAreKeptAsTheyAre() {
        assertThat(EvidenceFileName.sanitise("2024年城镇老旧小区改造项目绩效评价报告（终稿）.pdf").value())
                .isEqualTo("2024年城镇老旧小区改造项目绩效评价报告（终稿）.pdf");
    }

    @Test
    void folderPartsAreDroppedWhicheverSeparatorTheClientUsed() {
        assertThat(EvidenceFileName.sanitise("../../etc/passwd").value()).isEqualTo("passwd");
        assertThat(EvidenceFileName.sanitise("C:\\Users\\财政局\\桌面\\验收单.jpg").value()).isEqualTo("验收单.jpg");
        assertThat(EvidenceFileName.sanitise("/var/data/合同.docx").value()).isEqualTo("合同.docx");
    }

    @Test
    void controlAndInvisibleFormattingCharactersAreRemoved() {
        assertThat(EvidenceFileName.sanitise("报告\u0000\r\n\t.pdf").value()).isEqualTo("报告.pdf");
        // A right-to-left override would show "报告‮fdp.exe" as "报告exe.pdf".
        assertThat(EvidenceFileName.sanitise("报告\u202Efdp.exe").value()).isEqualTo("报告fdp.exe");
        assertThat(EvidenceFileName.sanitise("合\u200B同.pdf").value()).isEqualTo("合同.pdf");
    }

    @Test
    void charactersWindowsForbidsBecomeUnderscoresAndLeadingDotsAndTrailingBlanksGo() {
        assertThat(EvidenceFileName.sanitise("a<b>c:d\"e|f?g*h.pdf").value()).isEqualTo("a_b_c_d_e_f_g_h.pdf");
        assertThat(EvidenceFileName.sanitise("..hidden.pdf").value()).isEqualTo("hidden.pdf");
        assertThat(EvidenceFileName.sanitise("  报告.pdf. . ").value()).isEqualTo("报告.pdf");
    }

    @Test
    void aLongNameIsShortenedToTheLimitKeepingItsExtension() {
        String name = EvidenceFileName.sanitise("评".repeat(500) + ".xlsx").value();
        assertThat(name.codePointCount(0, name.length())).isEqualTo(EvidenceFileName.MAX_LENGTH);
        assertThat(name).endsWith("评.xlsx");
        String astral = EvidenceFileName.sanitise("\uD840\uDC00".repeat(300) + ".pdf").value();
        assertThat(astral.codePointCount(0, astral.length())).isEqualTo(EvidenceFileName.MAX_LENGTH);
        assertThat(astral).endsWith(".pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "..", ".", "/", "C:\\temp\\", "\u0000\u0001", "\u202E"})
    void aNameWithNothingLeftIsRefused(String sent) {
        assertThatThrownBy(() -> EvidenceFileName.sanitise(sent)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("EVIDENCE_FILE_NAME_REQUIRED"));
        assertThatThrownBy(() -> EvidenceFileName.sanitise(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aSanitisedNameIsItsOwnSanitisedForm() {
        for (String sent : new String[]{"../a/b.pdf", "x\u0007y.png", "名称:版本?.docx", "评".repeat(300)}) {
            EvidenceFileName once = EvidenceFileName.sanitise(sent);
            assertThat(EvidenceFileName.sanitise(once.value())).isEqualTo(once);
            assertThat(new EvidenceFileName(once.value())).isEqualTo(once);
        }
        assertThatThrownBy(() -> new EvidenceFileName("a/b.pdf")).isInstanceOf(InvalidValueException.class);
    }
}
