package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.TestSeeds;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimitExceededException.Limit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The streaming workbook reader: every limit, refused as early as it can be, and cells read as the document model shows them. */
class XlsxSheetReaderTest {

    private static final SpreadsheetLimits ROOMY = new SpreadsheetLimits(100, 8L << 20, 16L << 20, 1L << 20, 100_000, 64, 32_767);

    /** The rows handed over, by index. */
    private static final class Collected implements XlsxSheetReader.Rows {
        final Map<Integer, Map<Integer, String>> rows = new TreeMap<>();

        @Override
        public void row(int index, Map<Integer, String> cells) {
            rows.put(index, cells);
        }
    }

    private static SpreadsheetLimits with(int entries, long part, long unpacked, long metadata, int columns, int cellLength) {
        return new SpreadsheetLimits(entries, part, unpacked, metadata, 100_000, columns, cellLength);
    }

    private static SpreadsheetLimitExceededException refused(byte[] file, SpreadsheetLimits limits, Collected rows) {
        return catchThrowableOfType(SpreadsheetLimitExceededException.class, () -> XlsxSheetReader.readFirstSheet(file, limits, rows));
    }

    @Test
    void aTableWithinTheLimitsIsReadRowByRowWithItsRowIndexes() {
        Collected rows = new Collected();
        XlsxSheetReader.readFirstSheet(HostileWorkbooks.declarationTable(100, "105002", 1), ROOMY, rows);

        assertThat(rows.rows).hasSize(102);
        assertThat(rows.rows.get(0)).containsEntry(0, "绩效目标申报表");
        assertThat(rows.rows.get(1)).containsEntry(0, "目标ID").containsEntry(22, "指标ID");
        assertThat(rows.rows.get(101)).containsEntry(1, "项目").containsEntry(3, "105002").doesNotContainKey(0);
    }

    @Test
    void aPartWhoseDeclaredSizeIsOverTheLimitIsRefusedBeforeAnyRowIsRead() {
        byte[] file = HostileWorkbooks.declarationTable(2_000, "105002", 2);   // about 1.1 MB of sheet XML
        Collected rows = new Collected();

        SpreadsheetLimitExceededException e = refused(file, with(100, 512 << 10, 16L << 20, 1L << 20, 64, 32_767), rows);

        assertThat(e.limit()).isEqualTo(Limit.PART_SIZE);
        assertThat(e.limit().status()).isEqualTo(413);
        assertThat(e.max()).isEqualTo(512 << 10);
        assertThat(e.arguments()).containsEntry("where", HostileWorkbooks.SHEET_ENTRY).containsEntry("limit", "perf.spreadsheet.max-part-size");
        assertThat(rows.rows).isEmpty();
    }

    @Test
    void aDirectoryThatUnderstatesAPartIsCaughtByCountingWhatIsReallyUnpacked() {
        byte[] file = HostileWorkbooks.withDeclaredSheetSize(HostileWorkbooks.declarationTable(2_000, "105002", 3), 1_000);
        Collected rows = new Collected();

        SpreadsheetLimitExceededException e = refused(file, with(100, 512 << 10, 16L << 20, 1L << 20, 64, 32_767), rows);

        assertThat(e.limit()).isEqualTo(Limit.PART_SIZE);
        assertThat(rows.rows).as("read as far as the limit, no further").isNotEmpty().hasSizeLessThan(2_000);
    }

    @Test
    void allPartsTogetherAreLimitedByTheirDeclaredAndByTheirRealSizes() {
        byte[] file = HostileWorkbooks.declarationTable(2_000, "105002", 4);
        SpreadsheetLimits limits = with(100, 8L << 20, 512 << 10, 1L << 20, 64, 32_767);

        Collected declared = new Collected();
        assertThat(refused(file, limits, declared).limit()).isEqualTo(Limit.UNPACKED_SIZE);
        assertThat(declared.rows).isEmpty();

        Collected counted = new Collected();
        assertThat(refused(HostileWorkbooks.withDeclaredSheetSize(file, 1_000), limits, counted).limit()).isEqualTo(Limit.UNPACKED_SIZE);
        assertThat(counted.rows).isNotEmpty().hasSizeLessThan(2_000);
    }

    @Test
    void tooManyEntriesAreRefusedBeforeTheDirectoryIsRead() {
        Map<String, byte[]> extra = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            extra.put("xl/media/padding" + i + ".bin", new byte[]{1});
        }
        Collected rows = new Collected();

        SpreadsheetLimitExceededException e = refused(HostileWorkbooks.declarationTable(10, "105002", 5, extra, ""),
                with(100, 8L << 20, 16L << 20, 1L << 20, 64, 32_767), rows);

        assertThat(e.limit()).isEqualTo(Limit.ENTRIES);
        assertThat(e.limit().status()).isEqualTo(413);
        assertThat(rows.rows).isEmpty();
    }

    @Test
    void partsReadWholeShareTheMetadataBudgetEvenWherePoiSwallowsTheReadError() {
        // POI reads the document properties whole while it opens the package, and only logs a failed read of them.
        String core = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
                + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + "大".repeat(100_000) + "</dc:title></cp:coreProperties>";
        byte[] file = HostileWorkbooks.declarationTable(10, "105002", 6, Map.of("docProps/core.xml", core.getBytes(StandardCharsets.UTF_8)),
                "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        Collected rows = new Collected();

        SpreadsheetLimitExceededException e = refused(file, with(100, 8L << 20, 16L << 20, 64 << 10, 64, 32_767), rows);

        assertThat(e.limit()).isEqualTo(Limit.METADATA_SIZE);
        assertThat(e.arguments()).containsEntry("where", "docProps/core.xml");
        assertThat(rows.rows).isEmpty();
        // With room for them, the same properties are no obstacle.
        XlsxSheetReader.readFirstSheet(file, ROOMY, new Collected());
    }

    @Test
    void aCellBeyondTheColumnLimitIsRefusedNamingTheCell() {
        byte[] file = workbook(new XSSFWorkbook(), sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("标题");
            sheet.createRow(2).createCell(70).setCellValue("远处的备注");
        });

        SpreadsheetLimitExceededException e = refused(file, with(100, 8L << 20, 16L << 20, 1L << 20, 64, 32_767), new Collected());

        assertThat(e.limit()).isEqualTo(Limit.COLUMNS);
        assertThat(e.limit().status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("BS3");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shared string", "inline string", "formula"})
    void aCellLongerThanTheLimitIsRefusedNamingTheCell(String kind) {
        String text = "长".repeat(5_000);
        Workbook model = kind.equals("inline string") ? new SXSSFWorkbook() : new XSSFWorkbook();
        byte[] file = workbook(model, sheet -> {
            Cell cell = sheet.createRow(4).createCell(3);
            if (kind.equals("formula")) {
                cell.setCellFormula("A1" + "+A1".repeat(2_000));
            } else {
                cell.setCellValue(text);
            }
        });

        SpreadsheetLimitExceededException e = refused(file, with(100, 8L << 20, 16L << 20, 1L << 20, 64, 4_000), new Collected());

        assertThat(e.limit()).isEqualTo(Limit.CELL_LENGTH);
        assertThat(e.limit().status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("D5");
        assertThat(e.max()).isEqualTo(4_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not a zip", "empty", "zip without a workbook", "workbook without sheets"})
    void whatIsNotAWorkbookIsMalformed(String kind) throws IOException {
        byte[] file = switch (kind) {
            case "not a zip" -> "not a spreadsheet".getBytes(StandardCharsets.UTF_8);
            case "empty" -> new byte[0];
            case "zip without a workbook" -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                    zip.putNextEntry(new ZipEntry("readme.txt"));
                    zip.write("hello".getBytes(StandardCharsets.UTF_8));
                }
                yield bytes.toByteArray();
            }
            default -> workbook(new XSSFWorkbook(), null);
        };

        assertThatThrownBy(() -> XlsxSheetReader.readFirstSheet(file, ROOMY, new Collected()))
                .isInstanceOf(XlsxSheetReader.MalformedException.class);
    }

    static LongStream cellsReadAsTheDocumentModelShowsThemSeeds() {
        return TestSeeds.seeds("cells read as the document model shows them", 11L, 12L, 13L, 14L, 15L, 16L);
    }

    /**
     * Property: for seeded random workbooks (shared and inline strings, rich text, numbers in several formats, dates,
     * booleans, formulas, blank cells and gaps), every cell reads exactly as POI's document model and DataFormatter
     * show it, the behaviour of the reader this one replaced.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cellsReadAsTheDocumentModelShowsThemSeeds")
    void cellsReadAsTheDocumentModelShowsThem(long seed) throws IOException {
        Random random = new Random(seed);
        boolean inline = seed % 2 == 0;
        byte[] file = workbook(inline ? new SXSSFWorkbook() : new XSSFWorkbook(), sheet -> fillRandomly(sheet, random, inline));

        Collected streamed = new Collected();
        XlsxSheetReader.readFirstSheet(file, ROOMY, streamed);

        Map<Integer, Map<Integer, String>> model = new TreeMap<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                Map<Integer, String> cells = new TreeMap<>();
                for (Cell cell : row) {
                    String text = formatter.formatCellValue(cell);
                    if (!text.isEmpty()) {
                        cells.put(cell.getColumnIndex(), text);
                    }
                }
                model.put(row.getRowNum(), cells);
            }
        }
        assertThat(streamed.rows).isEqualTo(model);
    }

    private static void fillRandomly(Sheet sheet, Random random, boolean inline) {
        Workbook workbook = sheet.getWorkbook();
        List<CellStyle> styles = new ArrayList<>();
        for (String format : List.of("General", "0", "0.00", "#,##0.00", "0%", "0.0%", "yyyy-mm-dd", "@")) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            styles.add(style);
        }
        String[] texts = {"产出", " 前后有空格 ", "=SUM(A1)", "'-5", "数量\t指标", "x", "换行\r\n文本", "100%", "  "};
        int rowIndex = 0;
        for (int r = 0; r < 40; r++) {
            rowIndex += 1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0);
            Row row = sheet.createRow(rowIndex);
            int column = -1;
            for (int c = 0; c < 12; c++) {
                column += 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
                Cell cell = row.createCell(column);
                switch (random.nextInt(8)) {
                    case 0, 1 -> cell.setCellValue(texts[random.nextInt(texts.length)]);
                    case 2 -> {
                        if (inline) {
                            cell.setCellValue("文字" + random.nextInt(1000));
                        } else {
                            XSSFRichTextString rich = new XSSFRichTextString("富文本" + random.nextInt(100) + "后半");
                            rich.applyFont(0, 2, workbook.createFont());
                            cell.setCellValue(rich);
                        }
                    }
                    case 3, 4 -> {
                        cell.setCellValue(switch (random.nextInt(4)) {
                            case 0 -> random.nextInt(100_000);
                            case 1 -> random.nextDouble() * 1000;
                            case 2 -> -random.nextInt(500) / 7.0;
                            default -> 45_000 + random.nextInt(1_000);
                        });
                        cell.setCellStyle(styles.get(random.nextInt(styles.size())));
                    }
                    case 5 -> cell.setCellValue(random.nextBoolean());
                    case 6 -> cell.setCellFormula("1+" + random.nextInt(10));
                    default -> {
                        // a blank cell, styled or not
                        if (random.nextBoolean()) {
                            cell.setCellStyle(styles.get(random.nextInt(styles.size())));
                        }
                    }
                }
            }
        }
    }

    private interface Filler {
        void fill(Sheet sheet);
    }

    private static byte[] workbook(Workbook workbook, Filler filler) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (filler != null) {
                filler.fill(workbook.createSheet("表"));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
