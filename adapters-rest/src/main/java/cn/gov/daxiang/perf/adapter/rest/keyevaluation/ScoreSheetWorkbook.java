package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimitExceededException;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimits;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.adapter.rest.shared.XlsxSheetReader;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoredIndicator;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The evaluation score sheet (评价得分表) as .xlsx: the evaluation's header (评价项目, 评价对象, 评价年度, 委托机构, 指标体系,
 * 涉及资金), then one row per indicator of its own framework copy (指标代码, 一级, 二级, 三级指标, 分值, 评分标准, 得分, 评分说明),
 * level-1 and level-2 rows carrying the subtotals, and the total with its grade. The agency fills 得分 and 评分说明 of the
 * level-3 rows and sends the same sheet back; only those two columns of the level-3 rows are read, by 指标代码 (a row
 * with a name under 一级 or 二级指标 is a subtotal row and skipped), so the header block may be anything.
 */
public final class ScoreSheetWorkbook {

    public static final String SHEET = "评价得分表";
    public static final List<String> HEADERS = List.of("指标代码", "一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "评分说明");
    static final int CODE = 0;
    static final int SCORE = 6;
    static final int NOTE = 7;

    private ScoreSheetWorkbook() {
    }

    /** One level-3 row as the agency sent it: the sheet's row number (from 1) and its texts (null when blank). */
    public record Line(int row, String indicatorCode, String score, String note) {
    }

    public static String filename(KeyEvaluation evaluation) {
        return SHEET + "-" + evaluation.getTitle() + ".xlsx";
    }

    public static byte[] write(KeyEvaluationDetails details) {
        KeyEvaluation evaluation = details.evaluation();
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            int r = 0;
            Row title = sheet.createRow(r);
            text(title, 0, SHEET, bold);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.size() - 1));
            r++;
            r = pair(sheet, r, "评价项目", evaluation.getTitle(), bold);
            r = pair(sheet, r, "评价对象", object(details), bold);
            r = pair(sheet, r, "评价年度", evaluation.getFiscalYear().toString(), bold);
            r = pair(sheet, r, "委托机构", details.agencyName(), bold);
            r = pair(sheet, r, "指标体系", evaluation.getFramework().map(f -> f.name() + "（" + f.source() + "）").orElse(null), bold);
            Row covered = sheet.createRow(r++);
            text(covered, 0, "涉及资金（元）", bold);
            Cell amount = covered.createCell(1);
            amount.setCellValue(details.coveredMoney().amount().doubleValue());
            amount.setCellStyle(money);
            r++;

            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.size(); c++) {
                text(header, c, HEADERS.get(c), bold);
            }
            for (ScoredIndicator indicator : details.indicatorRows()) {
                Row row = sheet.createRow(r++);
                text(row, CODE, indicator.code(), indicator.level() < 3 ? bold : null);
                text(row, indicator.level(), indicator.name(), indicator.level() < 3 ? bold : null);
                number(row, 4, indicator.points(), decimal);
                text(row, 5, indicator.guidance(), null);
                number(row, SCORE, indicator.score(), decimal);
                text(row, NOTE, indicator.note(), null);
            }
            Row total = sheet.createRow(r);
            text(total, 1, "合计", bold);
            number(total, 4, details.indicatorRows().stream().filter(i -> i.level() == 1).map(ScoredIndicator::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), decimal);
            if (!evaluation.getScores().isEmpty()) {
                number(total, SCORE, evaluation.total().value(), decimal);
            }
            evaluation.getResult().ifPresent(result -> text(total, NOTE, "评价等级：" + result.grade().label() + "（" + result.schemeId() + "）", bold));
            int[] widths = {12, 14, 18, 28, 8, 50, 8, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String object(KeyEvaluationDetails details) {
        EvaluationObject object = details.evaluation().getObject();
        if (object instanceof EvaluationObject.OfDepartment department) {
            return (details.departmentName() == null ? department.department().value() : details.departmentName())
                    + " " + department.spendingYear() + "年度部门整体支出";
        }
        String projects = object.projects().stream()
                .map(code -> details.projectNames().getOrDefault(code, code.value()) + "（" + code.value() + "）")
                .collect(Collectors.joining("、"));
        return object instanceof EvaluationObject.OfSpecialFund fund ? fund.name() + "：" + projects : projects;
    }

    /**
     * The level-3 rows of a returned sheet: the rows below the header whose 指标代码 is filled. The header row is found by
     * its 指标代码 and 得分 cells, so the sheet's header block may change without breaking imports.
     */
    public static List<Line> read(byte[] workbook, SpreadsheetLimits limits) {
        ScoreRows rows = new ScoreRows(limits.maxRows());
        try {
            XlsxSheetReader.readFirstSheet(workbook, limits, rows);
        } catch (XlsxSheetReader.MalformedException e) {
            throw new InvalidValueException("body", "SPREADSHEET_MALFORMED", Map.of("expected", SHEET + " (.xlsx)"));
        }
        if (rows.columns == null) {
            throw new InvalidValueException("body", "SPREADSHEET_COLUMN_MISSING", Map.of("column", HEADERS.get(CODE)));
        }
        return rows.lines;
    }

    private static final class ScoreRows implements XlsxSheetReader.Rows {
        private final int maxRows;
        private final List<Line> lines = new ArrayList<>();
        private int[] columns;

        ScoreRows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void row(int index, Map<Integer, String> cells) {
            if (columns == null) {
                columns = header(cells);
                return;
            }
            String code = cell(cells, columns[0]);
            // Level-1 and level-2 rows carry their names in 一级/二级指标 and subtotals in 得分: the sheet's own sums, never scores.
            if (code == null || cell(cells, columns[3]) != null || cell(cells, columns[4]) != null) {
                return;
            }
            if (lines.size() == maxRows) {
                throw new SpreadsheetLimitExceededException(SpreadsheetLimitExceededException.Limit.ROWS, maxRows, null);
            }
            lines.add(new Line(index + 1, code, cell(cells, columns[1]), cell(cells, columns[2])));
        }

        /** The columns of 指标代码, 得分, 评分说明, 一级指标 and 二级指标 if this is the header row, else null. */
        private static int[] header(Map<Integer, String> cells) {
            List<String> wanted = List.of(HEADERS.get(CODE), HEADERS.get(SCORE), HEADERS.get(NOTE), HEADERS.get(1), HEADERS.get(2));
            int[] found = {-1, -1, -1, -1, -1};
            cells.forEach((column, text) -> {
                int at = wanted.indexOf(text.strip());
                if (at >= 0) {
                    found[at] = column;
                }
            });
            return java.util.Arrays.stream(found).allMatch(c -> c >= 0) ? found : null;
        }

        private static String cell(Map<Integer, String> cells, int column) {
            String raw = cells.get(column);
            if (raw == null) {
                return null;
            }
            String text = raw.strip();
            return text.isEmpty() ? null : Spreadsheets.unescapeFormula(text);
        }
    }

    private static int pair(Sheet sheet, int r, String label, String value, CellStyle bold) {
        Row row = sheet.createRow(r);
        text(row, 0, label, bold);
        text(row, 1, value, null);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, HEADERS.size() - 1));
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(Spreadsheets.escapeFormula(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
