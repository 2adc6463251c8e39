package cn.gov.daxiang.perf.adapter.rest.shared;

/**
 * How much one uploaded workbook may make the service read and keep (configuration {@code perf.spreadsheet.*}).
 * The sizes count unpacked bytes, so a small file that inflates to a large one is measured by what it becomes.
 *
 * @param maxEntries     entries in the .xlsx (zip) file
 * @param maxPartSize    unpacked bytes of each part (the sheet, the shared strings)
 * @param maxUnpackedSize unpacked bytes of all parts read together
 * @param maxMetadataSize unpacked bytes of the parts read whole into memory (content types, relationships,
 *                       document properties, workbook, styles), together
 * @param maxRows        data rows (non-blank rows below the header)
 * @param maxColumns     columns: no cell may lie to the right of this many
 * @param maxCellLength  characters of one cell's text
 */
public record SpreadsheetLimits(int maxEntries, long maxPartSize, long maxUnpackedSize, long maxMetadataSize, int maxRows,
                                int maxColumns, int maxCellLength) {

    /**
     * The defaults, also those of the configuration ({@link SpreadsheetSettings}). Twice the table the README
     * promises (10,000 rows; as this service writes it, 20,000 rows unpack to 11 MB of sheet); no column of the
     * declaration table takes more than 4,000 characters (部门职责).
     */
    public static final SpreadsheetLimits DEFAULTS = new SpreadsheetLimits(100, 32L << 20, 48L << 20, 4L << 20, 20_000, 64, 4_000);

    public SpreadsheetLimits {
        if (maxEntries < 1 || maxPartSize < 1 || maxUnpackedSize < 1 || maxMetadataSize < 1 || maxRows < 1 || maxColumns < 1
                || maxCellLength < 1) {
            throw new IllegalArgumentException("spreadsheet limits must be positive");
        }
    }
}
