package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.TestSeeds;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimitExceededException;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimits;
import cn.gov.daxiang.perf.application.port.in.goal.GoalSheetRow;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The declaration table read back: columns by header, blank rows skipped, the sheet's row numbers, the row limit, the escape undone. */
class GoalDeclarationWorkbookTest {

    private static final List<String> HEADERS = GoalSheetRow.HEADERS;

    private static GoalSheetRow row(int number, String indicator, String target) {
        return new GoalSheetRow(number, null, "项目", "2024", "105002", "43050324T000000000001", "完成年度任务。", null, null, null, null, null,
                "产出", "数量", indicator, "定量", "≥", target, null, "个", "10", null, null, null);
    }

    /** A sheet written by hand: a title, the headers in the given order, then rows of values by header (null: no row). */
    private static byte[] sheet(List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("表");
            sheet.createRow(0).createCell(0).setCellValue("绩效目标申报表");
            Row header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(2 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (rows.get(r).get(c) != null) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void columnsAreFoundByTheirHeadersBlankRowsAreSkippedAndRowsKeepTheSheetsNumbers() {
        List<String> reversed = new ArrayList<>(HEADERS);
        java.util.Collections.reverse(reversed);
        List<String> values = new ArrayList<>();
        for (String header : reversed) {
            values.add(switch (header) {
                case "三级指标" -> " 改造小区数量 ";
                case "指标值" -> "12";
                case "目标类型" -> "项目";
                default -> null;
            });
        }
        List<String> blank = new ArrayList<>(java.util.Collections.nCopies(HEADERS.size(), null));
        blank.set(0, "   ");
        List<List<String>> rows = new ArrayList<>();
        rows.add(values);            // row 3
        rows.add(null);              // row 4: absent
        rows.add(blank);             // row 5: only blanks
        rows.add(values);            // row 6

        List<GoalSheetRow> read = GoalDeclarationWorkbook.read(sheet(reversed, rows), SpreadsheetLimits.DEFAULTS);

        assertThat(read).extracting(GoalSheetRow::row).containsExactly(3, 6);
        assertThat(read.get(0).indicatorName()).isEqualTo("改造小区数量");
        assertThat(read.get(0).targetValue()).isEqualTo("12");
        assertThat(read.get(0).kind()).isEqualTo("项目");
        assertThat(read.get(0).goalId()).isNull();
    }

    @Test
    void aMissingHeaderIsRefusedNamingIt() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.remove("权重");
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> GoalDeclarationWorkbook.read(sheet(headers, List.of()), SpreadsheetLimits.DEFAULTS));
        assertThat(e.code()).isEqualTo("SPREADSHEET_COLUMN_MISSING");
        assertThat(e.arguments()).containsEntry("column", "权重");
    }

    @Test
    void theRowLimitCountsDataRowsOnly() {
        SpreadsheetLimits three = new SpreadsheetLimits(100, 32L << 20, 48L << 20, 4L << 20, 3, 64, 4_000);
        List<GoalSheetRow> rows = List.of(row(3, "a", "1"), row(4, "b", "2"), row(5, "c", "3"));
        assertThat(GoalDeclarationWorkbook.read(GoalDeclarationWorkbook.write(rows), three)).hasSize(3);

        List<GoalSheetRow> four = new ArrayList<>(rows);
        four.add(row(6, "d", "4"));
        SpreadsheetLimitExceededException e = catchThrowableOfType(SpreadsheetLimitExceededException.class,
                () -> GoalDeclarationWorkbook.read(GoalDeclarationWorkbook.write(four), three));
        assertThat(e.limit()).isEqualTo(SpreadsheetLimitExceededException.Limit.ROWS);
        assertThat(e.limit().status()).isEqualTo(422);
        assertThat(e.arguments()).containsEntry("max", 3L).containsEntry("limit", "perf.spreadsheet.max-rows");
    }

    @Test
    void aFileThatIsNotAWorkbookIsMalformed() {
        assertThatThrownBy(() -> GoalDeclarationWorkbook.read("PK not really".getBytes(), SpreadsheetLimits.DEFAULTS))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "SPREADSHEET_MALFORMED");
    }

    static LongStream formulaLookingTextsComeBackUnchangedSeeds() {
        return TestSeeds.seeds("formula-looking texts come back unchanged", 31L, 32L);
    }

    /** Property: seeded random formula-looking texts in every text column leave and come back unchanged. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("formulaLookingTextsComeBackUnchangedSeeds")
    void formulaLookingTextsComeBackUnchanged(long seed) {
        Random random = new Random(seed);
        String[] starts = {"=", "+", "-", "@", "'=", "''-", "'", ""};
        List<GoalSheetRow> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String[] t = new String[8];
            for (int k = 0; k < t.length; k++) {
                t[k] = starts[random.nextInt(starts.length)] + "文字" + random.nextInt(1000);
            }
            rows.add(new GoalSheetRow(i + 3, null, "项目", "2024", "105002", "43050324T000000000001", t[0], t[1], t[2], null, null, t[3],
                    "产出", "数量", t[4], "定量", "≥", "-" + random.nextInt(100), null, t[5], "10", t[6], t[7], null));
        }

        assertThat(GoalDeclarationWorkbook.read(GoalDeclarationWorkbook.write(rows), SpreadsheetLimits.DEFAULTS)).isEqualTo(rows);
    }
}
