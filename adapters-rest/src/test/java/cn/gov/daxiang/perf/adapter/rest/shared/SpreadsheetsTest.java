package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.TestSeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The formula escape every export applies to text cells (OWASP CSV injection), and its inverse the import applies. */
class SpreadsheetsTest {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Test
    void textThatWouldStartAFormulaGetsALeadingApostropheAndOtherTextIsLeftAlone() {
        assertThat(Spreadsheets.escapeFormula("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Spreadsheets.escapeFormula("+86 739")).isEqualTo("'+86 739");
        assertThat(Spreadsheets.escapeFormula("-5")).isEqualTo("'-5");
        assertThat(Spreadsheets.escapeFormula("@cmd")).isEqualTo("'@cmd");
        assertThat(Spreadsheets.escapeFormula("\tx")).isEqualTo("'\tx");
        assertThat(Spreadsheets.escapeFormula("\rx")).isEqualTo("'\rx");
        assertThat(Spreadsheets.escapeFormula("'=x")).as("an apostrophe already there before a formula start").isEqualTo("''=x");
        assertThat(Spreadsheets.escapeFormula("'abc")).isEqualTo("'abc");
        assertThat(Spreadsheets.escapeFormula("改造小区=12个")).isEqualTo("改造小区=12个");
        assertThat(Spreadsheets.escapeFormula("")).isEmpty();
        assertThat(Spreadsheets.escapeFormula(null)).isNull();
        assertThat(Spreadsheets.unescapeFormula("'abc")).as("an apostrophe that escapes nothing stays").isEqualTo("'abc");
    }

    static LongStream theImportUndoesExactlyWhatTheExportEscapedSeeds() {
        return TestSeeds.seeds("the import undoes exactly what the export escaped", 1L, 2L, 3L);
    }

    /** Property: over seeded random texts of apostrophes, formula starts and ordinary characters, the escape is undone exactly. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("theImportUndoesExactlyWhatTheExportEscapedSeeds")
    void theImportUndoesExactlyWhatTheExportEscaped(long seed) {
        Random random = new Random(seed);
        String alphabet = "''=+-@\t\ra中 1";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String original = text.toString();
            String escaped = Spreadsheets.escapeFormula(original);

            assertThat(Spreadsheets.unescapeFormula(escaped)).as("round trip of [%s]", original).isEqualTo(original);
            assertThat(escaped).as("escaped [%s]", original).satisfiesAnyOf(
                    e -> assertThat(e).isEqualTo(original), e -> assertThat(e).isEqualTo("'" + original));
            assertThat(escaped.isEmpty() || FORMULA_STARTS.indexOf(escaped.charAt(0)) < 0).as("inert [%s]", escaped).isTrue();
        }
    }
}
