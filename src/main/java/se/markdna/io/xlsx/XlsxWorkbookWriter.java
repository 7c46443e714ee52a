package se.markdna.io.xlsx;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.markdna.io.csv.CsvValues;
import se.markdna.io.interchange.ColumnType;
import se.markdna.io.interchange.OutColumn;
import se.markdna.io.interchange.TableSink;

/**
 * Writes an export workbook with SXSSF, so only a small window of rows is in memory however many
 * are written. Header bold, frozen and with an autofilter; dates as date cells; numbers as numeric
 * cells with formats; text as text cells, with the quote-prefix style when it would otherwise be
 * read as a formula. Column widths come from the header and the first rows' values. The workbook
 * is written to a temporary file next to the target and moved into place, so a failed export
 * leaves no half-written file; SXSSF's temporary files are removed on close.
 */
public final class XlsxWorkbookWriter implements TableSink {

    /** Rows kept in memory per sheet. */
    static final int WINDOW = 100;
    /** Rows whose values decide the column widths. */
    static final int WIDTH_SAMPLE = 200;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int MIN_WIDTH_CHARS = 6;

    private final Path target;
    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle date;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final DataFormat formats;
    private final java.util.Map<String, CellStyle> custom = new java.util.HashMap<>();

    private SXSSFSheet sheet;
    private List<OutColumn> columns;
    private CellStyle[] columnStyles;
    private int[] widths;
    private int rowIndex;
    private boolean closed;

    public XlsxWorkbookWriter(Path target) {
        this.target = target;
        this.workbook = new Workbook(WINDOW);
        formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        text = style("@");
        quoted = style("@");
        quoted.setQuotePrefixed(true);
        date = style("yyyy-mm-dd");
        integer = style("#,##0");
        decimal = style("0.00");
        percent = style("0.0%");
    }

    /**
     * SXSSF whose temporary sheet files are gzip-compressed at the fastest level rather than
     * SXSSF's default level 6. Measured on the full export of the 100k/100k register (5.9 M
     * cells, -Xmx256m; process CPU, peak size of the temporary folder): level 6 37.0 s, 39 MB;
     * uncompressed 32.6 s, 383 MB; level 1 32.7 s, 49 MB. Level 1 costs about what no
     * compression costs, while uncompressed temporary files would take eight times the disk in the
     * user's temp folder (10 times the 38 MB workbook itself, against 1.3 times).
     * <p>
     * The workbook itself is deflated at {@link #WORKBOOK_LEVEL}: once the database has been read
     * on a second thread (WriteBehind), POI's final zip of every sheet after the last row is about
     * a third of the export and runs on one core. Same register, ExportBench: level 6 (the
     * default) 13.1-13.5 s, 34.1 MB; level 4 12.5 s, 38.3 MB; level 3 10.2-11.4 s, 39.3 MB;
     * level 1 10.3 s, 44.1 MB. Level 3 keeps most of the size (15 % larger than level 6, against
     * 29 % for level 1).
     */
    private static final class Workbook extends SXSSFWorkbook {
        private static final int WORKBOOK_LEVEL = 3;

        Workbook(int window) {
            super(window);
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                OutputStream out) {
            org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(WORKBOOK_LEVEL);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new FastGzipSheetDataWriter(getSharedStringSource());
        }
    }

    /** POI's GZIPSheetDataWriter with the deflater at {@link Deflater#BEST_SPEED} and larger buffers. */
    private static final class FastGzipSheetDataWriter extends SheetDataWriter {
        private static final int BUFFER = 64 * 1024;

        FastGzipSheetDataWriter(org.apache.poi.xssf.model.SharedStringsTable strings) throws IOException {
            super(strings);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new GZIPOutputStream(fos, BUFFER) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
            return new GZIPInputStream(fis, BUFFER);
        }
    }

    private CellStyle style(String format) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(formats.getFormat(format));
        return s;
    }

    private CellStyle styleFor(OutColumn c) {
        if (c.format() != null) {
            return custom.computeIfAbsent(c.format(), this::style);
        }
        return switch (c.type()) {
            case DATE -> date;
            case INTEGER -> integer;
            case DECIMAL -> decimal;
            case PERCENT -> percent;
            default -> text;
        };
    }

    @Override
    public void startSheet(String name, String fileStem, List<OutColumn> cols) throws IOException {
        endSheet();
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        columns = cols;
        columnStyles = new CellStyle[cols.size()];
        widths = new int[cols.size()];
        Row r = sheet.createRow(0);
        for (int i = 0; i < cols.size(); i++) {
            Cell cell = r.createCell(i);
            cell.setCellValue(cols.get(i).header());
            cell.setCellStyle(header);
            columnStyles[i] = styleFor(cols.get(i));
            widths[i] = cols.get(i).header().length() + 3; // room for the filter button
        }
        rowIndex = 1;
    }

    @Override
    public void row(List<?> values) throws IOException {
        Row r = sheet.createRow(rowIndex);
        boolean sample = rowIndex <= WIDTH_SAMPLE;
        for (int i = 0; i < values.size() && i < columns.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = r.createCell(i);
            int length = write(cell, v, columns.get(i).type(), columnStyles[i], sample);
            if (sample) {
                widths[i] = Math.max(widths[i], length);
            }
        }
        rowIndex++;
    }

    /**
     * Writes one value; returns roughly how many characters it shows as when {@code measure} (the
     * rows that decide the widths), else 0: measuring every cell of 100,000 rows cost a BigDecimal
     * or a split per cell for nothing.
     */
    private int write(Cell cell, Object v, ColumnType type, CellStyle style, boolean measure) {
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
            return 10;
        }
        if (v instanceof Number n && !(v instanceof Double x && (x.isNaN() || x.isInfinite()))) {
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            cell.setCellValue(d);
            if (style == text || style == quoted) {
                style = d == Math.rint(d) && Math.abs(d) < 1e15 ? integer : decimal;
            }
            cell.setCellStyle(style);
            if (!measure) {
                return 0;
            }
            return type == ColumnType.PERCENT ? 7 : Math.min(15, BigDecimal.valueOf(d).toPlainString().length() + 2);
        }
        String s = v instanceof Boolean b ? String.valueOf(b) : v.toString();
        cell.setCellValue(s);
        cell.setCellStyle(CsvValues.needsProtection(s) ? quoted : text);
        if (!measure) {
            return 0;
        }
        int longestLine = 0;
        for (String line : s.split("\n", -1)) {
            longestLine = Math.max(longestLine, line.length());
        }
        return longestLine;
    }

    @Override
    public void endSheet() throws IOException {
        if (sheet == null) {
            return;
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns.size() - 1));
        for (int i = 0; i < widths.length; i++) {
            int chars = Math.max(MIN_WIDTH_CHARS, Math.min(MAX_WIDTH_CHARS, widths[i] + 1));
            sheet.setColumnWidth(i, chars * 256);
        }
        sheet = null;
    }

    /** Finishes the workbook: writes it next to the target, then moves it into place. */
    public void finish() throws IOException {
        endSheet();
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(".markdna-export-" + java.util.UUID.randomUUID() + ".tmp"); // default permissions, unlike createTempFile
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes SXSSF's temporary files; call in finally whether or not {@link #finish()} ran. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
