package se.markdna.io.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

import se.markdna.io.csv.CsvFormatException.Reason;

/**
 * RFC 4180 state machine over decoded chars, tracking physical line numbers.
 *
 * <p>Leniencies: a quote inside an unquoted field is literal; characters after a closing quote are
 * appended literally ({@code "ab"c} reads as {@code abc}). CRLF, LF and lone CR all end a line.
 */
final class RecordParser {

    private static final int CHAR_BUFFER = 64 * 1024;

    private final DecodingReader source;
    private final String sourceName;
    private final CsvReader.Limits limits;
    private final char[] buf = new char[CHAR_BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    private CharacterCodingException deferredError;
    private char separator = ';';

    private int line = 1;
    private int recordLine;
    private final StringBuilder field = new StringBuilder(64);
    private final ArrayList<String> fields = new ArrayList<>();

    RecordParser(DecodingReader source, String sourceName, CsvReader.Limits limits) {
        this.source = source;
        this.sourceName = sourceName;
        this.limits = limits;
    }

    /** Fills the buffer as far as possible before parsing starts, for separator detection. */
    void prime() throws IOException {
        while (len < buf.length) {
            int n;
            try {
                n = source.read(buf, len, buf.length - len);
            } catch (CharacterCodingException e) {
                deferredError = e;
                return;
            }
            if (n < 0) {
                eof = true;
                return;
            }
            len += n;
        }
    }

    /**
     * Picks the separator among ';', ',' and tab that occurs most often outside quotes on the first
     * non-blank line in the primed buffer. Ties prefer ';' then tab then ','. Default ';'.
     */
    char detectSeparator() {
        int semi = 0;
        int comma = 0;
        int tab = 0;
        boolean inQuotes = false;
        boolean content = false;
        for (int i = pos; i < len; i++) {
            char c = buf[i];
            if (c == '"') {
                inQuotes = !inQuotes;
                content = true;
            } else if (inQuotes) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    break; // end of the first non-blank line
                }
                semi = comma = tab = 0;
            } else if (c == ';') {
                semi++;
            } else if (c == ',') {
                comma++;
            } else if (c == '\t') {
                tab++;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        if (semi == 0 && comma == 0 && tab == 0) {
            return ';';
        }
        if (semi >= tab && semi >= comma) {
            return ';';
        }
        return tab >= comma ? '\t' : ',';
    }

    void separator(char separator) {
        this.separator = separator;
    }

    /** Physical line where the record last returned by {@link #next()} starts. */
    int recordLine() {
        return recordLine;
    }

    /** Current physical line (where the next unread char is). */
    int line() {
        return line;
    }

    private boolean fill() throws IOException {
        if (deferredError != null) {
            throw encodingError(deferredError);
        }
        if (eof) {
            return false;
        }
        int n;
        try {
            n = source.read(buf, 0, buf.length);
        } catch (CharacterCodingException e) {
            throw encodingError(e);
        }
        if (n < 0) {
            eof = true;
            pos = len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }

    private CsvFormatException encodingError(CharacterCodingException e) {
        return new CsvFormatException(Reason.INVALID_ENCODING, line, sourceName,
                "bytes not valid in the detected encoding", e);
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    /** After a CR: swallow a directly following LF. */
    private boolean skipLf() throws IOException {
        if (pos >= len && !fill()) {
            return false;
        }
        if (buf[pos] == '\n') {
            pos++;
            return true;
        }
        return false;
    }

    /**
     * Parses the next record (blank ones included).
     *
     * @return the fields, or null at end of input; the list is reused by the next call
     */
    List<String> next() throws IOException {
        fields.clear();
        recordLine = line;
        int c = read();
        if (c < 0) {
            return null;
        }
        final char sep = separator;
        while (true) {
            field.setLength(0);
            int fieldLine = line;
            boolean quoted = false;
            if (c == '"') {
                quoted = true;
                int quoteLine = line;
                while (true) {
                    // fast scan inside quotes
                    int start = pos;
                    while (pos < len) {
                        char d = buf[pos];
                        if (d == '"' || d == '\r' || d == '\n') {
                            break;
                        }
                        pos++;
                    }
                    if (pos > start) {
                        field.append(buf, start, pos - start);
                        checkSize(fieldLine, true);
                    }
                    c = read();
                    if (c < 0) {
                        throw new CsvFormatException(Reason.UNTERMINATED_QUOTE, quoteLine, sourceName,
                                "quoted field opened on line " + quoteLine + " is never closed");
                    }
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            field.append('"');
                            continue;
                        }
                        break; // closing quote; c is the char after it
                    }
                    field.append((char) c);
                    if (c == '\r') {
                        line++;
                        if (skipLf()) {
                            field.append('\n');
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    checkSize(fieldLine, true);
                }
            }
            // unquoted field, or leftovers after a closing quote (taken literally)
            while (c != sep && c != '\r' && c != '\n' && c >= 0) {
                field.append((char) c);
                int start = pos;
                while (pos < len) {
                    char d = buf[pos];
                    if (d == sep || d == '\r' || d == '\n') {
                        break;
                    }
                    pos++;
                }
                field.append(buf, start, pos - start);
                checkSize(fieldLine, quoted);
                c = read();
            }
            if (fields.size() >= limits.maxFields()) {
                throw new CsvFormatException(Reason.TOO_MANY_FIELDS, recordLine, sourceName,
                        "more than " + limits.maxFields() + " fields in one record", limits.maxFields());
            }
            fields.add(field.toString());
            if (c == sep) {
                c = read();
                continue;
            }
            if (c == '\r') {
                line++;
                skipLf();
            } else if (c == '\n') {
                line++;
            }
            return fields;
        }
    }

    private void checkSize(int fieldLine, boolean quoted) {
        if (field.length() > limits.maxFieldChars()) {
            throw new CsvFormatException(Reason.FIELD_TOO_LARGE, fieldLine, sourceName,
                    "a field is longer than " + limits.maxFieldChars() + " characters"
                            + (quoted ? "; possibly an unterminated quote" : ""), limits.maxFieldChars());
        }
    }

    void close() throws IOException {
        source.close();
    }
}
