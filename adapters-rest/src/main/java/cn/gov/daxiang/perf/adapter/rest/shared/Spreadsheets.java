package cn.gov.daxiang.perf.adapter.rest.shared;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the standard tables leave the service: .xlsx with a Chinese file name that every browser keeps. */
public final class Spreadsheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /**
     * Characters that make a spreadsheet program take a cell for a formula once the table is saved as CSV and opened
     * again (OWASP, "CSV injection"): =, +, -, @, tab and carriage return.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Spreadsheets() {
    }

    public static Response attachment(byte[] workbook, String filename) {
        return Response.ok(workbook, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /**
     * A text cell's content as every export writes it: text that would start a formula gets a leading apostrophe,
     * so that it stays text in a CSV saved from the table. Text that already starts with apostrophes before such a
     * character gets one more, so that {@link #unescapeFormula} gives back exactly the original.
     */
    public static String escapeFormula(String text) {
        return startsFormula(text) ? "'" + text : text;
    }

    /** The inverse of {@link #escapeFormula}: what an import reads from a text cell. */
    public static String unescapeFormula(String text) {
        return text != null && text.startsWith("'") && startsFormula(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean startsFormula(String text) {
        if (text == null) {
            return false;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
