package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalSheetRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile declaration tables, written straight to the zip stream (no workbook model in the test either): a
 * well-formed .xlsx whose only sheet holds a title, the real header and as many rows of plausible, seeded random
 * declarations as asked. Each row adds about 540 bytes of sheet XML that deflate about twelve to one, far from
 * POI's zip-bomb ratio (100 to one), so POI itself would open it.
 */
public final class HostileWorkbooks {

    public static final String SHEET_ENTRY = "xl/worksheets/sheet1.xml";
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CHINESE = "年度绩效目标完成项目建设管理服务质量效益满意度群众覆盖率达标及时资金使用规范资产运行维护设施设备采购培训";

    private HostileWorkbooks() {
    }

    /** A declaration table of {@code rows} random indicator rows for {@code unit}. */
    public static byte[] declarationTable(int rows, String unit, long seed) {
        return declarationTable(rows, unit, seed, Map.of(), "");
    }

    /** The same with further entries, and the content-type overrides (XML) they need. */
    public static byte[] declarationTable(int rows, String unit, long seed, Map<String, byte[]> extraEntries, String extraOverrides) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/" + SHEET_ENTRY + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + extraOverrides + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
                    + "<sheet name=\"绩效目标申报表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry(SHEET_ENTRY));
            writeSheet(zip, rows, unit, new Random(seed));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> extra : extraEntries.entrySet()) {
                zip.putNextEntry(new ZipEntry(extra.getKey()));
                zip.write(extra.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same file with a lying zip directory: the sheet's entry declares {@code declaredSize} unpacked bytes, so
     * only counting what is really unpacked finds out.
     */
    public static byte[] withDeclaredSheetSize(byte[] file, long declaredSize) {
        byte[] copy = file.clone();
        byte[] name = SHEET_ENTRY.getBytes(StandardCharsets.UTF_8);
        for (int at = copy.length - 46; at >= 0; at--) {
            if (u32(copy, at) == 0x02014b50L && u16(copy, at + 28) == name.length && matches(copy, at + 46, name)) {
                copy[at + 24] = (byte) declaredSize;
                copy[at + 25] = (byte) (declaredSize >> 8);
                copy[at + 26] = (byte) (declaredSize >> 16);
                copy[at + 27] = (byte) (declaredSize >> 24);
                return copy;
            }
        }
        throw new IllegalArgumentException("no directory entry for " + SHEET_ENTRY);
    }

    private static void writeSheet(OutputStream out, int rows, String unit, Random random) throws IOException {
        StringBuilder xml = new StringBuilder(1 << 16);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"").append(NS).append("\"><sheetData>");
        xml.append("<row r=\"1\">");
        cell(xml, 0, 1, "绩效目标申报表");
        xml.append("</row><row r=\"2\">");
        for (int c = 0; c < GoalSheetRow.HEADERS.size(); c++) {
            cell(xml, c, 2, GoalSheetRow.HEADERS.get(c));
        }
        xml.append("</row>");
        for (int r = 3; r < rows + 3; r++) {
            xml.append("<row r=\"").append(r).append("\">");
            cell(xml, 1, r, "项目");
            cell(xml, 2, r, "2024");
            cell(xml, 3, r, unit);
            cell(xml, 4, r, "43050324T" + (100_000_000_000L + random.nextInt(100_000)));
            cell(xml, 5, r, "完成年度建设任务" + text(random, 2));
            cell(xml, 11, r, "产出");
            cell(xml, 12, r, "数量");
            cell(xml, 13, r, "指标" + text(random, 2));
            cell(xml, 14, r, "定量");
            cell(xml, 15, r, "≥");
            cell(xml, 16, r, Integer.toString(random.nextInt(1_000)));
            cell(xml, 18, r, "个");
            cell(xml, 19, r, "10");
            cell(xml, 20, r, "按计划完成" + text(random, 2));
            xml.append("</row>");
            if (xml.length() > 60_000) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                xml.setLength(0);
            }
        }
        xml.append("</sheetData></worksheet>");
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void cell(StringBuilder xml, int column, int row, String text) {
        xml.append("<c r=\"").append((char) ('A' + column)).append(row).append("\" t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(CHINESE.charAt(random.nextInt(CHINESE.length())));
        }
        return text.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static boolean matches(byte[] b, int at, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (b[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }
}
