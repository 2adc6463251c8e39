package cn.gov.daxiang.perf.adapter.rest.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An uploaded workbook goes beyond one of the {@link SpreadsheetLimits}. Limits on the file's size (entries,
 * unpacked bytes) answer 413, limits on the table in it (rows, columns, cell text) 422; the problem names the
 * limit's setting and its value.
 */
public final class SpreadsheetLimitExceededException extends RuntimeException {

    /** Each limit with its problem code, its status and the setting that changes it. */
    public enum Limit {
        ENTRIES("SPREADSHEET_TOO_MANY_ENTRIES", 413, "perf.spreadsheet.max-entries"),
        PART_SIZE("SPREADSHEET_PART_TOO_LARGE", 413, "perf.spreadsheet.max-part-size"),
        UNPACKED_SIZE("SPREADSHEET_UNPACKED_TOO_LARGE", 413, "perf.spreadsheet.max-unpacked-size"),
        METADATA_SIZE("SPREADSHEET_METADATA_TOO_LARGE", 413, "perf.spreadsheet.max-metadata-size"),
        ROWS("SPREADSHEET_TOO_MANY_ROWS", 422, "perf.spreadsheet.max-rows"),
        COLUMNS("SPREADSHEET_TOO_MANY_COLUMNS", 422, "perf.spreadsheet.max-columns"),
        CELL_LENGTH("SPREADSHEET_CELL_TOO_LONG", 422, "perf.spreadsheet.max-cell-length");

        private final String code;
        private final int status;
        private final String setting;

        Limit(String code, int status, String setting) {
            this.code = code;
            this.status = status;
            this.setting = setting;
        }

        public String code() {
            return code;
        }

        public int status() {
            return status;
        }

        public String setting() {
            return setting;
        }
    }

    private final Limit limit;
    private final long max;
    private final String where;

    /**
     * @param where the part (entry name) or the cell (A1 reference) that went beyond the limit, or null for the file
     */
    public SpreadsheetLimitExceededException(Limit limit, long max, String where) {
        super(limit + " over " + max + (where == null ? "" : " at " + where));
        this.limit = limit;
        this.max = max;
        this.where = where;
    }

    public Limit limit() {
        return limit;
    }

    public long max() {
        return max;
    }

    /** The field of the problem's violation: the cell for limits on cells, else the body. */
    public String field() {
        return limit == Limit.CELL_LENGTH || limit == Limit.COLUMNS ? where : "body";
    }

    public Map<String, Object> arguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("limit", limit.setting());
        arguments.put("max", max);
        arguments.put("where", where == null ? "" : where);
        return arguments;
    }
}
