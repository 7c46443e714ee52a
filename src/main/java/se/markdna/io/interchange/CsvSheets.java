package se.markdna.io.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.markdna.io.csv.CsvCursor;
import se.markdna.io.csv.CsvFormatException;
import se.markdna.io.csv.CsvReader;
import se.markdna.io.csv.CsvRow;
import se.markdna.io.csv.CsvTable;

/**
 * Reads CSV files as interchange sheets. Which sheet a file holds is recognised from its header
 * row, or failing that from its file name ("properties.csv", "Fastigheter.csv").
 */
public final class CsvSheets {

    private CsvSheets() {
    }

    /** Thrown when neither the header nor the name says which sheet a file is. */
    public static final class UnknownSheetException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String sourceName;

        public UnknownSheetException(String sourceName) {
            super("Cannot tell which sheet " + sourceName + " holds: neither its header row nor its name match");
            this.sourceName = sourceName;
        }

        public String sourceName() {
            return sourceName;
        }
    }

    public static SheetData read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /**
     * Reads a whole CSV stream into memory. Unreadable content is a {@link SpreadsheetFileException}
     * with the line it is on, like every other file problem.
     */
    public static SheetData read(InputStream in, String sourceName) throws IOException {
        CsvTable table;
        try {
            table = CsvReader.read(in, sourceName);
        } catch (CsvFormatException e) {
            throw SpreadsheetFileException.of(e, sourceName);
        }
        Sheet sheet = recognise(table.headers(), sourceName)
                .orElseThrow(() -> new UnknownSheetException(sourceName));
        List<SheetRow> rows = new ArrayList<>(table.rows().size());
        for (CsvRow r : table.rows()) {
            checkSeparators(r, table.headers().size(), table.separator(), sourceName);
            rows.add(new SheetRow(r.lineNumber(), r.values()));
        }
        return new SheetData(sheet, sourceName, table.headers(), rows);
    }

    /**
     * Opens a CSV file as a sheet whose rows are streamed from the file on each iteration, so a
     * large file is never held in memory. The header is read once here to recognise the sheet.
     */
    public static SheetData open(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> headers;
        try (CsvCursor cursor = CsvReader.open(file)) {
            headers = cursor.headers();
        } catch (CsvFormatException e) {
            throw SpreadsheetFileException.of(e, name);
        }
        Sheet sheet = recognise(headers, name).orElseThrow(() -> new UnknownSheetException(name));
        return new SheetData(sheet, name, headers, () -> new StreamingRows(file, name));
    }

    /**
     * A row with a single cell holding another separator, in a file whose header has several
     * columns, was written with a different separator (rows pasted from another file, or a
     * spreadsheet saved with another list separator). Reading on would report every column of that
     * row as missing, which points the user nowhere; this names the real problem.
     */
    static void checkSeparators(CsvRow row, int headerCount, char separator, String sourceName)
            throws SpreadsheetFileException {
        if (headerCount < 2 || row.values().size() != 1) {
            return;
        }
        String cell = row.values().get(0);
        for (char other : new char[] {';', ',', '\t'}) {
            if (other != separator && cell.chars().filter(c -> c == other).count() >= Math.min(2, headerCount - 1)) {
                throw SpreadsheetFileException.builder(SpreadsheetFileException.Reason.MIXED_SEPARATORS, sourceName)
                        .row(row.lineNumber()).argument(other == '\t' ? "TAB" : String.valueOf(other))
                        .detail("a row separated by '" + other + "' in a file separated by '" + separator + "'")
                        .build();
            }
        }
    }

    /**
     * Rows straight from the file; closes it at the end, or when closed early. Problems with the
     * content surface as an {@link UncheckedIOException} around a {@link SpreadsheetFileException}
     * that names the line.
     */
    private static final class StreamingRows implements Iterator<SheetRow>, AutoCloseable {
        private final CsvCursor cursor;
        private final String name;

        StreamingRows(Path file, String name) {
            this.name = name;
            try {
                cursor = CsvReader.open(file);
            } catch (CsvFormatException e) {
                throw new UncheckedIOException(SpreadsheetFileException.of(e, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            boolean more;
            try {
                more = cursor.hasNext();
            } catch (CsvFormatException e) {
                closeQuietly();
                throw new UncheckedIOException(SpreadsheetFileException.of(e, name));
            }
            if (!more) {
                close();
            }
            return more;
        }

        @Override
        public SheetRow next() {
            CsvRow r;
            try {
                r = cursor.next();
                checkSeparators(r, cursor.headers().size(), cursor.separator(), name);
            } catch (CsvFormatException e) {
                closeQuietly();
                throw new UncheckedIOException(SpreadsheetFileException.of(e, name));
            } catch (SpreadsheetFileException e) {
                closeQuietly();
                throw new UncheckedIOException(e);
            }
            return new SheetRow(r.lineNumber(), r.values());
        }

        @Override
        public void close() {
            try {
                cursor.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** On the way out with a content problem: that problem is what the user must see. */
        private void closeQuietly() {
            try {
                cursor.close();
            } catch (IOException ignored) {
                // the file is being abandoned anyway
            }
        }
    }

    static Optional<Sheet> recognise(List<String> headers, String sourceName) {
        Optional<Sheet> byHeader = Headers.recognise(headers);
        if (byHeader.isPresent()) {
            return byHeader;
        }
        String stem = sourceName;
        int slash = Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\'));
        stem = stem.substring(slash + 1);
        if (stem.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            stem = stem.substring(0, stem.length() - 4);
        }
        return Sheet.byName(stem);
    }
}
