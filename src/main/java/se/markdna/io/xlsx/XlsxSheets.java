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

    private XlsxSheets() {
    }

    /** The entity sheets of the workbook, in workbook order; throws for a file that is no workbook. */
    public static List<SheetData> open(Path file) throws IOException {
        String name = file.getFileName().toString();
        checkContainer(file, name);
        List<SheetData> sheets = new ArrayList<>();
        try (Workbook wb = openWorkbook(file, name)) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                String sheetName = s.getSheetName();
                if (ExtraSheets.isExtra(sheetName)) {
                    continue;
                }
                Header h = header(s);
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
                sheets.add(new SheetData(which.get(), source, h.cells,
                        () -> new Rows(file, name, sheetName, headerRow, h.cells.size())));
            }
        } catch (SpreadsheetFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetFileException(Reason.DAMAGED, name, e.getMessage(), e);
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

    private static Workbook openWorkbook(Path file, String name) throws SpreadsheetFileException {
        try {
            return StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER).setReadStyles(true)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw new SpreadsheetFileException(Reason.DAMAGED, name, rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private record Header(int rowIndex, List<String> cells) {
    }

    /** The first non-blank row near the top, as the header. */
    private static Header header(org.apache.poi.ss.usermodel.Sheet s) {
        for (Row row : s) {
            if (row.getRowNum() > MAX_HEADER_SEARCH) {
                return null;
            }
            List<String> cells = cells(row, -1);
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                return new Header(row.getRowNum(), cells);
            }
        }
        return null;
    }

    /** The row's cells as text, by column index; {@code width} < 0: up to the last cell. */
    static List<String> cells(Row row, int width) {
        int n = width >= 0 ? width : Math.max(0, row.getLastCellNum());
        String[] out = new String[n];
        Arrays.fill(out, "");
        for (Cell cell : row) {
            int i = cell.getColumnIndex();
            if (i >= 0 && i < n) {
                out[i] = text(cell);
            }
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** A cell as the text import reads: ISO dates, plain numbers, Ja/Nej, cached formula values. */
    static String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                return number(cell.getNumericCellValue());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "Ja" : "Nej";
            default:
                return "";
        }
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The data rows of one sheet, streamed from a freshly opened workbook; closes it at the end. */
    private static final class Rows implements Iterator<SheetRow>, AutoCloseable {
        private final Workbook wb;
        private final Iterator<Row> rows;
        private final int headerRow;
        private final int width;
        private SheetRow next;
        private boolean closed;

        Rows(Path file, String name, String sheetName, int headerRow, int width) {
            try {
                this.wb = openWorkbook(file, name);
            } catch (SpreadsheetFileException e) {
                throw new UncheckedIOException(e);
            }
            org.apache.poi.ss.usermodel.Sheet s = wb.getSheet(sheetName);
            this.rows = s == null ? java.util.Collections.emptyIterator() : s.rowIterator();
            this.headerRow = headerRow;
            this.width = width;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !closed && rows.hasNext()) {
                Row r = rows.next();
                if (r.getRowNum() > headerRow) {
                    next = new SheetRow(r.getRowNum() + 1, cells(r, width));
                }
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
    }
}
