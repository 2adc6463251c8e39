package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimitExceededException;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimits;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.adapter.rest.shared.XlsxSheetReader;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goal declaration table (绩效目标申报表) as an .xlsx workbook: a title row, a header row, then one row
 * per indicator with the goal's own columns repeated. The same layout is exported and imported.
 */
public final class GoalDeclarationWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String SHEET = "绩效目标申报表";
    /** Rows above the data: the title and the headers. */
    private static final int HEADER_ROW = 1;

    private GoalDeclarationWorkbook() {
    }

    public static byte[] write(List<GoalSheetRow> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(SHEET);
            title.setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, GoalSheetRow.HEADERS.size() - 1));
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < GoalSheetRow.HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(GoalSheetRow.HEADERS.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(HEADER_ROW + 1 + r);
                List<String> values = values(rows.get(r));
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        row.createCell(c).setCellValue(Spreadsheets.escapeFormula(values.get(c)));
                    }
                }
            }
            for (int c = 0; c < GoalSheetRow.HEADERS.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data rows of the first sheet, read as a stream within the default {@link SpreadsheetLimits} (tests and
     * benchmarks; the endpoint uses the configured limits).
     */
    public static List<GoalSheetRow> read(InputStream in) {
        try {
            return read(in.readAllBytes(), SpreadsheetLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data rows of the first sheet; blank rows are skipped, row numbers are the sheet's. Columns are found by
     * their headers, so a user may reorder them; a missing header or a file that is not a workbook is refused, and
     * so is a workbook beyond the limits ({@link SpreadsheetLimitExceededException}). A text cell's formula escape
     * (a leading apostrophe, see {@link Spreadsheets#escapeFormula}) is removed again.
     */
    public static List<GoalSheetRow> read(byte[] workbook, SpreadsheetLimits limits) {
        DeclarationRows rows = new DeclarationRows(limits.maxRows());
        try {
            XlsxSheetReader.readFirstSheet(workbook, limits, rows);
        } catch (XlsxSheetReader.MalformedException e) {
            throw new InvalidValueException("body", "SPREADSHEET_MALFORMED", Map.of("expected", SHEET + " (.xlsx)"));
        }
        return rows.finish();
    }

    /** The rows below the header, as the header names their columns. */
    private static final class DeclarationRows implements XlsxSheetReader.Rows {
        private final int maxRows;
        private final List<GoalSheetRow> rows = new ArrayList<>();
        private final Map<String, String> cleaned = new IdentityHashMap<>();
        private int[] columns;

        DeclarationRows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void row(int index, Map<Integer, String> cells) {
            if (index < HEADER_ROW) {
                return;
            }
            if (columns == null) {
                columns = columns(index == HEADER_ROW ? cells : Map.of());
            }
            if (index == HEADER_ROW) {
                return;
            }
            String[] v = new String[columns.length];
            boolean blank = true;
            for (int h = 0; h < columns.length; h++) {
                String text = cleaned(cells.getOrDefault(columns[h], ""));
                v[h] = text.isEmpty() ? null : text;
                blank &= v[h] == null;
            }
            if (blank) {
                return;
            }
            if (rows.size() == maxRows) {
                throw new SpreadsheetLimitExceededException(SpreadsheetLimitExceededException.Limit.ROWS, maxRows, null);
            }
            rows.add(new GoalSheetRow(index + 1, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
                    v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22]));
        }

        /**
         * A cell's text stripped and without its formula escape. A shared string comes as the same String for every
         * cell that refers to it; its cleaned form is kept once too, so that many references cost no copies.
         */
        private String cleaned(String raw) {
            String known = cleaned.get(raw);
            if (known != null) {
                return known;
            }
            String text = raw.strip();
            String value = text.isEmpty() ? "" : Spreadsheets.unescapeFormula(text);
            if (value != raw) {
                cleaned.put(raw, value);
            }
            return value;
        }

        List<GoalSheetRow> finish() {
            if (columns == null) {
                columns(Map.of());
            }
            return rows;
        }

        /** Each header's column; where a header appears twice, the rightmost counts. */
        private static int[] columns(Map<Integer, String> header) {
            int[] columns = new int[GoalSheetRow.HEADERS.size()];
            for (int h = 0; h < columns.length; h++) {
                columns[h] = -1;
                for (Map.Entry<Integer, String> cell : header.entrySet()) {
                    if (GoalSheetRow.HEADERS.get(h).equals(cell.getValue().strip())) {
                        columns[h] = cell.getKey();
                    }
                }
                if (columns[h] < 0) {
                    throw new InvalidValueException("body", "SPREADSHEET_COLUMN_MISSING", Map.of("column", GoalSheetRow.HEADERS.get(h)));
                }
            }
            return columns;
        }
    }

    private static List<String> values(GoalSheetRow r) {
        return java.util.Arrays.asList(r.goalId(), r.kind(), r.fiscalYear(), r.unitCode(), r.projectCode(), r.annualOverallGoal(),
                r.longTermGoal(), r.departmentDuties(), r.issuingLevel(), r.documentNumber(), r.upperGoalText(), r.level1(), r.level2(),
                r.indicatorName(), r.valueType(), r.comparator(), r.targetValue(), r.targetText(), r.unitOfMeasure(), r.weight(),
                r.explanation(), r.scoringRule(), r.indicatorId());
    }
}
