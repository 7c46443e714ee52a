package se.markdna.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import se.markdna.io.interchange.ExtraSheets;
import se.markdna.io.interchange.Headers;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.io.interchange.SheetRow;
import se.markdna.io.interchange.SpreadsheetFileException;
import se.markdna.io.interchange.SpreadsheetFileException.Reason;

/**
 * Reads the entity sheets of an xlsx workbook with a streaming reader, so 100,000 rows never sit
 * in memory. Cells become the text import expects: dates ISO, numbers plain with a point,
 * booleans Ja/Nej, formulas their cached value. A sheet is recognised by its name, or else its
 * header row; the export's work lists, About and Instructions sheets are ignored. Each time a
 * sheet's rows are iterated the file is opened again (a preview and the import that follows read
 * it twice). POI's zip-bomb limits stay on.
 */
public final class XlsxSheets {

    private static final int ROW_CACHE = 100;
    private static final int BUFFER = 4096;
    /** Rows above the header that may be blank or a title before the header row is found. */
    private static final int MAX_HEADER_SEARCH = 20;
    /** Most columns a sheet may have: the CSV reader's limit. */
    static final int MAX_COLUMNS = se.markdna.io.csv.CsvReader.Limits.DEFAULT.maxFields();
    /** Longest cell, in characters: the CSV reader's limit. */
    static final int MAX_CELL_CHARS = se.markdna.io.csv.CsvReader.Limits.DEFAULT.maxFieldChars();
    /** 9999-12-31, the last day Excel can show; a larger date serial is no date. */
    private static final double MAX_DATE_SERIAL = 2_958_465.999;

    private XlsxSheets() {
    }

    /** The entity sheets of the workbook, in workbook order; throws for a file that is no workbook. */
    public static List<SheetData> open(Path file) throws IOException {
        String name = file.getFileName().toString();
        checkContainer(file, name);
        List<SheetData> sheets = new ArrayList<>();
        String current = null;
        try (Workbook wb = openWorkbook(file, name)) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                String sheetName = s.getSheetName();
                current = sheetName;
                if (ExtraSheets.isExtra(sheetName)) {
                    continue;
                }
                Header h = header(s, name);
                if (h == null) {
                    continue;
                }
                Optional<Sheet> which = Sheet.byName(sheetName);
                if (which.isEmpty()) {
                    which = Headers.recognise(h.cells);
                }
                if (which.isEmpty()) {
                    continue;
                }
                String source = name + " / " + sheetName;
                int headerRow = h.rowIndex;
                List<String> headers = h.cells;
                sheets.add(new SheetData(which.get(), source, headers,
                        () -> new Rows(file, name, sheetName, headerRow, headers)));
            }
        } catch (SpreadsheetFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw classify(e, name, current, 0, false);
        }
        return sheets;
    }

    /** Refuses what is not an OOXML package before the zip reader sees it. */
    static void checkContainer(Path file, String name) throws IOException {
        if (Files.size(file) == 0) {
            throw new SpreadsheetFileException(Reason.EMPTY, name);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                throw new SpreadsheetFileException(Reason.DAMAGED, name, e.getMessage(), e);
            }
            throw new SpreadsheetFileException(encrypted ? Reason.ENCRYPTED : Reason.OLD_XLS, name);
        }
        throw new SpreadsheetFileException(Reason.NOT_SPREADSHEET, name);
    }

    /**
     * Opens the workbook from a stream, never from the file itself: given a File, the streaming
     * reader opens the package read-write, and when the workbook part, its styles or shared
     * strings then fail to parse it closes the package, which makes POI save it back, so a
     * rejected import rewrote the user's file (found with the hostile corpus: billion-laughs.xlsx
     * got a docProps part and new timestamps). Given a stream, the reader works on its own
     * temporary copy.
     */
    private static Workbook openWorkbook(Path file, String name) throws SpreadsheetFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER).setReadStyles(true)
                    .open(in);
        } catch (IOException | RuntimeException e) {
            throw classify(e, name, null, 0, false);
        }
    }

    /**
     * What a failure from the zip or XML layer means for the user. POI and the streaming reader
     * report zip bombs, too many entries, duplicate entries and DOCTYPEs only in their messages
     * (no distinct exception types), so the messages along the cause chain are matched; anything
     * unrecognised is {@link Reason#DAMAGED}, still with the place it happened.
     */
    static SpreadsheetFileException classify(Throwable e, String name, String sheet, int row, boolean afterRow) {
        Reason reason = Reason.DAMAGED;
        String root = null;
        for (Throwable t = e; t != null; t = next(t)) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("zip bomb")) {
                reason = Reason.TOO_LARGE;
            } else if (lower.contains("more internal file entries") || lower.contains("max file count")) {
                reason = Reason.TOO_MANY_PARTS;
            } else if (lower.contains("more than 1 entry with the name") || lower.contains("duplicate entry")) {
                reason = Reason.DUPLICATE_PARTS;
            } else if (lower.contains("doctype") || lower.contains("was referenced, but not declared")
                    || lower.contains("entity expansion") || lower.contains("undeclared general entity")) {
                reason = Reason.UNSAFE_XML;
            }
            if (!message.isBlank()) {
                root = message.strip().lines().findFirst().orElse(message);
            } else if (root == null) {
                root = t.getClass().getSimpleName();
            }
            if (reason != Reason.DAMAGED) {
                break;
            }
        }
        SpreadsheetFileException.Builder b = SpreadsheetFileException.builder(reason, name).sheet(sheet).detail(root)
                .cause(e);
        if (afterRow) {
            b.afterRow(row);
        } else if (row > 0) {
            b.row(row);
        }
        return b.build();
    }

    /** The cause, or for StAX errors the nested exception they keep outside the cause chain. */
    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof javax.xml.stream.XMLStreamException x) {
            cause = x.getNestedException();
        }
        return cause == t ? null : cause;
    }

    private record Header(int rowIndex, List<String> cells) {
    }

    /** The first non-blank row near the top, as the header. */
    private static Header header(org.apache.poi.ss.usermodel.Sheet s, String fileName) throws SpreadsheetFileException {
        for (Row row : s) {
            if (row.getRowNum() > MAX_HEADER_SEARCH) {
                return null;
            }
            List<String> cells = cells(row, -1, fileName, s.getSheetName(), null, null);
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.size() > MAX_COLUMNS) {
                // the same limit as for CSV files; the interchange format itself has about 20 columns
                throw SpreadsheetFileException.builder(Reason.TOO_MANY_COLUMNS, fileName).sheet(s.getSheetName())
                        .row(row.getRowNum() + 1).argument(MAX_COLUMNS).detail(row.getLastCellNum() + " header cells")
                        .build();
            }
            if (!cells.isEmpty()) {
                return new Header(row.getRowNum(), cells);
            }
        }
        return null;
    }

    /**
     * The row's cells as text, by column index ({@code width} < 0: up to the last cell), refusing a
     * cell longer than {@link #MAX_CELL_CHARS} (Excel itself stops at 32,767 characters, so a longer
     * cell comes from something else; the CSV reader draws the line at the same place). A header wider than {@link #MAX_COLUMNS} is cut just past the
     * limit, so that the caller can tell, without an array as wide as the sheet claims.
     */
    private static List<String> cells(Row row, int width, String fileName, String sheetName, List<String> headers,
            java.util.Map<Short, Boolean> dateStyles) throws SpreadsheetFileException {
        int n = width >= 0 ? width : Math.max(0, Math.min(row.getLastCellNum(), MAX_COLUMNS + 1));
        String[] out = new String[n];
        Arrays.fill(out, "");
        for (Cell cell : row) {
            int i = cell.getColumnIndex();
            if (i >= 0 && i < n) {
                String text = text(cell, dateStyles);
                if (text.length() > MAX_CELL_CHARS) {
                    String column = headers != null && i < headers.size() && !headers.get(i).isBlank()
                            ? headers.get(i).strip() : CellReference.convertNumToColString(i);
                    throw SpreadsheetFileException.builder(Reason.CELL_TOO_LARGE, fileName).sheet(sheetName)
                            .row(row.getRowNum() + 1).column(column).argument(MAX_CELL_CHARS)
                            .detail(text.length() + " characters").build();
                }
                out[i] = text;
            }
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** A cell as the text import reads: ISO dates, plain numbers, Ja/Nej, cached formula values. */
    static String text(Cell cell) {
        return text(cell, null);
    }

    /** As {@link #text(Cell)}, remembering per style index whether it is a date in {@code dateStyles}. */
    static String text(Cell cell, java.util.Map<Short, Boolean> dateStyles) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                double value = cell.getNumericCellValue();
                if (value <= MAX_DATE_SERIAL && isDateFormatted(cell, value, dateStyles)) {
                    return date(cell, value);
                }
                return number(value);
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "Ja" : "Nej";
            case ERROR:
                // "#DIV/0!" rather than nothing: an empty cell would silently read as "no value"
                return errorText(cell);
            default:
                return "";
        }
    }

    /**
     * Whether a numeric cell is a date, as {@link DateUtil#isCellDateFormatted(Cell)} says, with the
     * answer per style index kept in {@code dateStyles} (one workbook's: an index means nothing in
     * another): that method reads the format from the styles part and matches it against POI's date
     * regular expressions for every numeric cell (~5 % of an xlsx import's CPU), while a workbook
     * has a handful of styles. Null {@code dateStyles}: no memory.
     */
    private static boolean isDateFormatted(Cell cell, double value, java.util.Map<Short, Boolean> dateStyles) {
        org.apache.poi.ss.usermodel.CellStyle style = dateStyles == null ? null : cell.getCellStyle();
        if (style == null || !DateUtil.isValidExcelDate(value)) {
            return DateUtil.isCellDateFormatted(cell);
        }
        return dateStyles.computeIfAbsent(style.getIndex(), i -> DateUtil.isCellDateFormatted(cell));
    }

    /**
     * A date cell as ISO text; a serial that is no calendar date (negative, or beyond 9999) stays a
     * number, which import then reports as "not a date" at its cell.
     */
    private static String date(Cell cell, double value) {
        try {
            java.time.LocalDateTime d = cell.getLocalDateTimeCellValue();
            return d == null ? number(value) : d.toLocalDate().toString();
        } catch (RuntimeException e) {
            return number(value);
        }
    }

    /** "#DIV/0!"; the streaming reader hands a formula's cached error out only as "ERROR:  #DIV/0!". */
    private static String errorText(Cell cell) {
        try {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException notPlainError) {
            try {
                String s = cell.getStringCellValue().replaceFirst("^ERROR:", "").strip();
                return s.startsWith("#") ? s : "#ERROR";
            } catch (RuntimeException e) {
                return "#ERROR";
            }
        }
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * The data rows of one sheet, streamed from a freshly opened workbook; closes it at the end.
     * A failure while reading (damaged XML further down, a zip bomb in the sheet part, a cell too
     * long) surfaces as an {@link UncheckedIOException} around a {@link SpreadsheetFileException}
     * that names the sheet and the row, never as a bare library exception.
     */
    private static final class Rows implements Iterator<SheetRow>, AutoCloseable {
        private final Workbook wb;
        private final Iterator<Row> rows;
        private final String name;
        private final String sheetName;
        private final int headerRow;
        private final List<String> headers;
        /** Per style index of this workbook: a date format or not. */
        private final java.util.Map<Short, Boolean> dateStyles = new java.util.HashMap<>();
        private int lastRow;
        private SheetRow next;
        private boolean closed;

        Rows(Path file, String name, String sheetName, int headerRow, List<String> headers) {
            try {
                this.wb = openWorkbook(file, name);
            } catch (SpreadsheetFileException e) {
                throw new UncheckedIOException(e);
            }
            this.name = name;
            this.sheetName = sheetName;
            this.headerRow = headerRow;
            this.headers = headers;
            this.lastRow = headerRow + 1;
            try {
                org.apache.poi.ss.usermodel.Sheet s = wb.getSheet(sheetName);
                this.rows = s == null ? java.util.Collections.emptyIterator() : s.rowIterator();
            } catch (RuntimeException e) {
                closeQuietly();
                throw new UncheckedIOException(classify(e, name, sheetName, lastRow, true));
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null && !closed && rows.hasNext()) {
                    Row r = rows.next();
                    if (r.getRowNum() > headerRow) {
                        next = new SheetRow(r.getRowNum() + 1,
                                cells(r, headers.size(), name, sheetName, headers, dateStyles));
                        lastRow = r.getRowNum() + 1;
                    }
                }
            } catch (SpreadsheetFileException e) {
                closeQuietly();
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                closeQuietly();
                throw new UncheckedIOException(classify(e, name, sheetName, lastRow, true));
            }
            if (next == null) {
                close();
            }
            return next != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow r = next;
            next = null;
            return r;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                wb.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** On the way out with a read problem: that problem is what the user must see. */
        private void closeQuietly() {
            try {
                close();
            } catch (UncheckedIOException ignored) {
                // the workbook is being abandoned anyway
            }
        }
    }
}
