package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimitExceededException.Limit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first sheet of an .xlsx workbook as a stream of rows, never as a whole document, within
 * {@link SpreadsheetLimits}: before anything is parsed, the zip's directory is checked (entries, declared sizes);
 * while parts are read, their real unpacked bytes are counted (a directory may lie), and every cell is checked
 * (column, length) as its text arrives. POI's event API opens the package (OPC) and reads the styles; the shared
 * strings and the sheet go through SAX handlers of this class. Only the shared strings and the rows the caller
 * keeps stay in memory.
 * <p>
 * Cells read as POI's document model and {@link DataFormatter} show them without a formula evaluator: numbers in
 * the workbook's number formats, a formula cell as its formula text.
 */
public final class XlsxSheetReader {

    /** Receives the rows of the sheet in the order they appear. */
    @FunctionalInterface
    public interface Rows {
        /**
         * @param index the zero-based row index (the row number shown in the sheet minus one)
         * @param cells the cells with a value, by zero-based column index
         */
        void row(int index, Map<Integer, String> cells);
    }

    /** Not a workbook (not a zip, not an OOXML package, no sheet, broken XML). */
    public static final class MalformedException extends RuntimeException {
        MalformedException(Throwable cause) {
            super(cause == null ? "malformed workbook" : cause.toString(), cause);
        }
    }

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxSheetReader() {
    }

    public static void readFirstSheet(byte[] file, SpreadsheetLimits limits, Rows rows) {
        BoundedZip zip = BoundedZip.open(file, limits);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(zip);
            zip.throwIfBreached();
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MalformedException(null);
            }
            sheets.next().close();   // opened, not read: the sheet is read below, as a streamed part
            PackagePart sheet = sheets.getSheetPart();
            List<PackagePart> styleParts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
            StylesTable styles = styleParts.isEmpty() ? null : new StylesTable(styleParts.get(0));
            List<PackagePart> stringParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            SharedStringsHandler strings = new SharedStringsHandler();
            if (!stringParts.isEmpty()) {
                parse(zip.streamed(stringParts.get(0)), strings);
            }
            zip.throwIfBreached();
            parse(zip.streamed(sheet), new SheetHandler(limits, rows, strings.strings, styles));
            zip.throwIfBreached();
        } catch (Exception e) {
            zip.throwIfBreached();
            RuntimeException own = own(e);
            throw own != null ? own : new MalformedException(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
            zip.close();
        }
    }

    /** A limit or the caller's own refusal, wherever the parser wrapped it. */
    private static RuntimeException own(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SpreadsheetLimitExceededException || t instanceof MalformedException) {
                return (RuntimeException) t;
            }
            if (t instanceof CallerFailure failure) {
                return failure.failure;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        try (in) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        }
    }

    /**
     * The shared strings, each kept once: every cell that refers to one gets the same String, so a long string
     * referred to by many cells costs its length only once.
     */
    private static final class SharedStringsHandler extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean textOpen;
        private boolean phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> textOpen = true;
                case "rPh" -> phonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> strings.add(decode(text.toString()));
                case "t" -> textOpen = false;
                case "rPh" -> phonetic = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (textOpen && !phonetic) {
                text.append(ch, start, length);
            }
        }
    }

    /**
     * The sheet's rows and cells. A cell's text is what the document model's formatter shows without an evaluator:
     * the shared or inline string, TRUE/FALSE, the error, the formula's text, or the number in the cell's format.
     * Every cell is checked against the column and length limits while it is read.
     */
    private static final class SheetHandler extends DefaultHandler {
        private final SpreadsheetLimits limits;
        private final Rows rows;
        private final List<String> strings;
        private final StylesTable styles;
        private final DataFormatter formatter = new DataFormatter();
        private final Map<Integer, NumberFormat> formats = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private Map<Integer, String> cells = new TreeMap<>();
        private int rowIndex = -1;
        private int column;
        private String reference;
        private String type;
        private String style;
        private boolean valueOpen;
        private boolean inlineOpen;
        private boolean textOpen;
        private boolean phonetic;
        private boolean formulaOpen;

        private record NumberFormat(int index, String pattern) {
        }

        SheetHandler(SpreadsheetLimits limits, Rows rows, List<String> strings, StylesTable styles) {
            this.limits = limits;
            this.rows = rows;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r.strip()) - 1;
                    if (rowIndex < 0) {
                        throw new MalformedException(null);
                    }
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    reference = attributes.getValue("r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    if (column >= limits.maxColumns()) {
                        throw new SpreadsheetLimitExceededException(Limit.COLUMNS, limits.maxColumns(), where());
                    }
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                    formula.setLength(0);
                }
                case "v" -> valueOpen = true;
                case "is" -> inlineOpen = true;
                case "t" -> textOpen = inlineOpen;
                case "rPh" -> phonetic = true;
                case "f" -> formulaOpen = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (valueOpen || textOpen && !phonetic) {
                value.append(ch, start, length);
                checkLength(value.length());
            } else if (formulaOpen) {
                formula.append(ch, start, length);
                checkLength(formula.length());
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "v" -> valueOpen = false;
                case "is" -> inlineOpen = false;
                case "t" -> textOpen = false;
                case "rPh" -> phonetic = false;
                case "f" -> formulaOpen = false;
                case "c" -> {
                    String text = text();
                    if (text != null && !text.isEmpty()) {
                        checkLength(text.length());
                        cells.put(column, text);
                    }
                }
                case "row" -> {
                    try {
                        rows.row(rowIndex, cells);
                    } catch (RuntimeException e) {
                        throw new CallerFailure(e);
                    }
                }
                default -> { }
            }
        }

        private String text() {
            if (formula.length() > 0) {
                return formula.toString();
            }
            if (value.length() == 0) {
                return null;
            }
            String v = value.toString();
            return switch (type == null ? "n" : type) {
                case "s" -> strings.get(Integer.parseInt(v.strip()));
                case "inlineStr" -> decode(v);
                case "str", "e" -> v;
                case "b" -> v.strip().equals("0") ? "FALSE" : "TRUE";
                default -> number(Double.parseDouble(v.strip()), v.strip());
            };
        }

        /** A number as Excel shows it in the cell's format (a date, a percentage, ...), or as written without styles. */
        private String number(double number, String raw) {
            if (styles == null) {
                return raw;
            }
            int index = style == null ? 0 : Integer.parseInt(style.strip());
            NumberFormat format = formats.computeIfAbsent(index, i -> {
                XSSFCellStyle cellStyle = styles.getNumCellStyles() > 0 ? styles.getStyleAt(i) : null;
                if (cellStyle == null) {
                    return new NumberFormat(-1, null);
                }
                String pattern = cellStyle.getDataFormatString();
                return new NumberFormat(cellStyle.getDataFormat(), pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(cellStyle.getDataFormat()));
            });
            return format.pattern() == null ? raw : formatter.formatRawCellContents(number, format.index(), format.pattern());
        }

        private void checkLength(int length) {
            if (length > limits.maxCellLength()) {
                throw new SpreadsheetLimitExceededException(Limit.CELL_LENGTH, limits.maxCellLength(), where());
            }
        }

        private String where() {
            return reference != null ? reference : CellReference.convertNumToColString(column) + (rowIndex + 1);
        }

        /** The zero-based column of an A1 reference ("AB12" is 27). */
        private static int columnOf(String reference) {
            int column = 0;
            int letters = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++, letters++) {
                column = Math.min(column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1, 1 << 24);
            }
            if (letters == 0) {
                throw new MalformedException(null);
            }
            return column - 1;
        }
    }

    /** OOXML's escapes of characters XML cannot hold ("_x000D_"), as the document model decodes them. */
    private static String decode(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The caller's exception from a row, carried through the parser unchanged. */
    private static final class CallerFailure extends RuntimeException {
        final RuntimeException failure;

        CallerFailure(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /**
     * The zip file behind the package, counting what is unpacked. Parts POI reads whole into memory (content
     * types, relationships, document properties, the workbook, the styles) share the metadata budget; the parts
     * read as a stream (the sheet, the shared strings) each have the part budget. A breach is remembered, since
     * POI swallows some read errors, and answered as the limit, whatever POI made of it.
     */
    private static final class BoundedZip implements ZipEntrySource {
        private final ZipFile zip;
        private final SpreadsheetLimits limits;
        private long unpacked;
        private long metadata;
        private SpreadsheetLimitExceededException breach;
        private boolean closed;

        private BoundedZip(ZipFile zip, SpreadsheetLimits limits) {
            this.zip = zip;
            this.limits = limits;
        }

        static BoundedZip open(byte[] file, SpreadsheetLimits limits) {
            int declared = entriesDeclared(file);
            if (declared > limits.maxEntries()) {
                throw new SpreadsheetLimitExceededException(Limit.ENTRIES, limits.maxEntries(), null);
            }
            ZipFile zip;
            try {
                zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get();
            } catch (IOException | RuntimeException e) {
                throw new MalformedException(e);
            }
            try {
                int entries = 0;
                long total = 0;
                for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                    ZipArchiveEntry entry = e.nextElement();
                    if (++entries > limits.maxEntries()) {
                        throw new SpreadsheetLimitExceededException(Limit.ENTRIES, limits.maxEntries(), null);
                    }
                    long size = Math.max(0, entry.getSize());
                    if (size > limits.maxPartSize()) {
                        throw new SpreadsheetLimitExceededException(Limit.PART_SIZE, limits.maxPartSize(), entry.getName());
                    }
                    total += size;
                    if (total > limits.maxUnpackedSize()) {
                        throw new SpreadsheetLimitExceededException(Limit.UNPACKED_SIZE, limits.maxUnpackedSize(), null);
                    }
                }
                return new BoundedZip(zip, limits);
            } catch (RuntimeException e) {
                ZipFile.closeQuietly(zip);
                throw e;
            }
        }

        /**
         * The entry count of the end-of-central-directory record, read before the directory itself; 0 when
         * there is no such record (the zip reader then refuses the file).
         */
        private static int entriesDeclared(byte[] file) {
            int last = file.length - 22;
            for (int at = last; at >= 0 && at >= last - 0xFFFF; at--) {
                if (file[at] == 0x50 && file[at + 1] == 0x4b && file[at + 2] == 0x05 && file[at + 3] == 0x06) {
                    return (file[at + 10] & 0xff) | (file[at + 11] & 0xff) << 8;
                }
            }
            return 0;
        }

        /** A part read as a stream, with the part budget. */
        InputStream streamed(PackagePart part) throws IOException {
            String name = part.getPartName().getName().substring(1);
            ZipArchiveEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new MalformedException(null);
            }
            return new Counted(zip.getInputStream(entry), name, false);
        }

        void throwIfBreached() {
            if (breach != null) {
                throw breach;
            }
        }

        private void count(String name, boolean isMetadata, long partBytes, int n) throws IOException {
            unpacked += n;
            if (isMetadata) {
                metadata += n;
            }
            SpreadsheetLimitExceededException over = null;
            if (partBytes > limits.maxPartSize()) {
                over = new SpreadsheetLimitExceededException(Limit.PART_SIZE, limits.maxPartSize(), name);
            } else if (isMetadata && metadata > limits.maxMetadataSize()) {
                over = new SpreadsheetLimitExceededException(Limit.METADATA_SIZE, limits.maxMetadataSize(), name);
            } else if (unpacked > limits.maxUnpackedSize()) {
                over = new SpreadsheetLimitExceededException(Limit.UNPACKED_SIZE, limits.maxUnpackedSize(), null);
            }
            if (over != null) {
                if (breach == null) {
                    breach = over;
                }
                throw new IOException(breach.getMessage(), breach);
            }
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return zip.getEntries();
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return zip.getEntry(path);
        }

        /** What POI opens itself: read whole, so on the metadata budget. */
        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return new Counted(zip.getInputStream(entry), entry.getName(), true);
        }

        @Override
        public void close() {
            closed = true;
            ZipFile.closeQuietly(zip);
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        /** An entry's unpacked bytes, counted as they are read; past a limit every read fails. */
        private final class Counted extends FilterInputStream {
            private final String name;
            private final boolean isMetadata;
            private final byte[] one = new byte[1];
            private long read;

            Counted(InputStream in, String name, boolean isMetadata) {
                super(in);
                this.name = name;
                this.isMetadata = isMetadata;
            }

            @Override
            public int read() throws IOException {
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throwOnBreach();
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                    count(name, isMetadata, read, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
                int skipped = read(buffer, 0, buffer.length);
                return Math.max(0, skipped);
            }

            private void throwOnBreach() throws IOException {
                if (breach != null) {
                    throw new IOException(breach.getMessage(), breach);
                }
            }
        }
    }
}
