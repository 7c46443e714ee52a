package se.markdna.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import se.markdna.io.csv.CsvFormatException.Reason;

/**
 * Streaming access to a CSV file: the header is read on open, data rows one at a time.
 * Use in try-with-resources; closing closes the underlying stream.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link CsvFormatException} for malformed input and
 * {@link UncheckedIOException} for I/O failures. Blank rows (every cell blank) are skipped.
 */
public final class CsvCursor implements AutoCloseable, Iterator<CsvRow> {

    private final RecordParser parser;
    private final String sourceName;
    private final Charset charset;
    private final char separator;
    private final List<String> headers;
    private final int headerLine;
    private final long maxRecords;
    private long count;
    private CsvRow lookahead;
    private boolean finished;
    private boolean closed;

    CsvCursor(RecordParser parser, String sourceName, Charset charset, char separator, long maxRecords)
            throws IOException {
        this.parser = parser;
        this.sourceName = sourceName;
        this.charset = charset;
        this.separator = separator;
        this.maxRecords = maxRecords;
        List<String> first = nextNonBlank();
        if (first == null) {
            throw new CsvFormatException(Reason.EMPTY_FILE, 0, sourceName, "no header line");
        }
        this.headerLine = parser.recordLine();
        String[] trimmed = new String[first.size()];
        for (int i = 0; i < trimmed.length; i++) {
            trimmed[i] = first.get(i).strip();
        }
        this.headers = List.of(trimmed);
    }

    private List<String> nextNonBlank() throws IOException {
        while (true) {
            List<String> fields = parser.next();
            if (fields == null || !isBlank(fields)) {
                return fields;
            }
        }
    }

    private static boolean isBlank(List<String> fields) {
        for (int i = 0, n = fields.size(); i < n; i++) {
            if (!fields.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Header cells, trimmed. */
    public List<String> headers() {
        return headers;
    }

    /** Physical line of the header (1 unless blank lines precede it). */
    public int headerLine() {
        return headerLine;
    }

    public Charset charset() {
        return charset;
    }

    public char separator() {
        return separator;
    }

    public String sourceName() {
        return sourceName;
    }

    /** Number of data rows returned so far. */
    public long rowsRead() {
        return count;
    }

    @Override
    public boolean hasNext() {
        if (lookahead != null) {
            return true;
        }
        if (finished || closed) {
            return false;
        }
        List<String> fields;
        try {
            fields = nextNonBlank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fields == null) {
            finished = true;
            return false;
        }
        if (count >= maxRecords) {
            throw new CsvFormatException(Reason.TOO_MANY_ROWS, parser.recordLine(), sourceName,
                    "more than " + maxRecords + " data rows", maxRecords);
        }
        count++;
        lookahead = new CsvRow(parser.recordLine(), fields);
        return true;
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRow row = lookahead;
        lookahead = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            parser.close();
        }
    }
}
