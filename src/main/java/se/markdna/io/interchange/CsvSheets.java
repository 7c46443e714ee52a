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

    public static SheetData read(InputStream in, String sourceName) throws IOException {
        CsvTable table = CsvReader.read(in, sourceName);
        Sheet sheet = recognise(table.headers(), sourceName)
                .orElseThrow(() -> new UnknownSheetException(sourceName));
        List<SheetRow> rows = new ArrayList<>(table.rows().size());
        for (CsvRow r : table.rows()) {
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
        }
        Sheet sheet = recognise(headers, name).orElseThrow(() -> new UnknownSheetException(name));
        return new SheetData(sheet, name, headers, () -> new StreamingRows(file));
    }

    /** Rows straight from the file; closes it at the end, or when closed early. */
    private static final class StreamingRows implements Iterator<SheetRow>, AutoCloseable {
        private final CsvCursor cursor;

        StreamingRows(Path file) {
            try {
                cursor = CsvReader.open(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            boolean more = cursor.hasNext();
            if (!more) {
                close();
            }
            return more;
        }

        @Override
        public SheetRow next() {
            CsvRow r = cursor.next();
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
