package se.markdna.io.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV that Swedish Excel opens directly: UTF-8 with BOM, {@code ;} separator, CRLF line ends.
 * Fields are quoted only when they contain the separator, a quote, CR or LF, or start or end with
 * whitespace.
 *
 * <p>Formula-injection protection (OWASP): a text cell starting with {@code = + - @}, tab or CR is
 * written with a leading apostrophe ({@link CsvValues#protect}); {@link CsvValues#unprotect} undoes it.
 * Numbers and dates given to {@link #writeValues(List)} are never protected.
 *
 * <p>Not thread-safe. Closing the writer closes the underlying stream.
 */
public final class CsvWriter implements Closeable, Flushable {

    /** The separator written. */
    public static final char SEPARATOR = ';';

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Writer out;
    private boolean closed;

    private CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
    }

    /** Creates (or truncates) {@code path} and writes the BOM. */
    public static CsvWriter open(Path path) throws IOException {
        return new CsvWriter(Files.newOutputStream(path));
    }

    /** Writes to {@code stream}, starting with the BOM; the stream is closed by {@link #close()}. */
    public static CsvWriter open(OutputStream stream) throws IOException {
        return new CsvWriter(Objects.requireNonNull(stream, "stream"));
    }

    /** Writes a row of text cells (null is written as empty); formula-like text is protected. */
    public CsvWriter writeRow(List<String> cells) throws IOException {
        ensureOpen();
        for (int i = 0, n = cells.size(); i < n; i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            String cell = cells.get(i);
            writeField(cell == null ? "" : CsvValues.protect(cell));
        }
        out.write("\r\n");
        return this;
    }

    /** Writes a row of text cells; see {@link #writeRow(List)}. */
    public CsvWriter writeRow(String... cells) throws IOException {
        return writeRow(Arrays.asList(cells));
    }

    /**
     * Writes a row of typed values. {@link Number}s are written with a decimal point and no grouping
     * ({@code -12.5}, {@code 3}), {@link LocalDate} as {@code YYYY-MM-DD}, {@link LocalDateTime} as
     * {@code YYYY-MM-DD HH:MM:SS}; these are never protected. {@code null} is empty. Everything else
     * is written as its {@code toString()} and treated as text (protected if formula-like).
     * Non-finite doubles (NaN, infinity) are treated as text.
     */
    public CsvWriter writeValues(List<?> values) throws IOException {
        ensureOpen();
        for (int i = 0, n = values.size(); i < n; i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            writeField(format(values.get(i)));
        }
        out.write("\r\n");
        return this;
    }

    /** Writes a row of typed values; see {@link #writeValues(List)}. */
    public CsvWriter writeValues(Object... values) throws IOException {
        return writeValues(Arrays.asList(values));
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return CsvValues.protect(value.toString());
            }
            String text = new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
            return text;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Number) {
            return CsvValues.protect(value.toString());
        }
        if (value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof LocalDateTime) {
            return DATE_TIME.format((LocalDateTime) value);
        }
        return CsvValues.protect(value.toString());
    }

    private void writeField(String value) throws IOException {
        if (needsQuotes(value)) {
            out.write('"');
            int start = 0;
            int quote;
            while ((quote = value.indexOf('"', start)) >= 0) {
                out.write(value, start, quote + 1 - start);
                out.write('"');
                start = quote + 1;
            }
            out.write(value, start, value.length() - start);
            out.write('"');
        } else {
            out.write(value);
        }
    }

    private static boolean needsQuotes(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(n - 1))
                || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(n - 1))) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == SEPARATOR || c == '"' || c == '\r' || c == '\n' || c == ',' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("CsvWriter is closed");
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
