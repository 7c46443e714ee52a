package se.markdna.io.csv;

import java.util.Objects;

/**
 * A CSV file could not be read. Unchecked, so it can also escape from {@link CsvCursor#next()}.
 *
 * <p>{@link #reason()} and {@link #line()} let a caller build a localised message
 * (e.g. "Rad 12: citattecken avslutas aldrig"); {@link #getMessage()} is English, for logs.
 * {@link #line()} is the 1-based physical line in the file, or {@code 0} when the problem concerns
 * the file as a whole ({@link Reason#EMPTY_FILE}, {@link Reason#NOT_TEXT}).
 */
public final class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** A quoted field is never closed; {@link #line()} is where the quote opens. */
        UNTERMINATED_QUOTE("unterminated quote"),
        /** A single field exceeds the character limit (1 MiB by default). */
        FIELD_TOO_LARGE("field too large"),
        /** A record has more fields than allowed (5,000 by default). */
        TOO_MANY_FIELDS("too many fields in one record"),
        /** The file has more data records than allowed (2,000,000 by default). */
        TOO_MANY_ROWS("too many rows"),
        /** The bytes are not valid in the detected character encoding. */
        INVALID_ENCODING("invalid character encoding"),
        /** The file is empty or holds only a BOM, whitespace or empty cells. */
        EMPTY_FILE("the file is empty"),
        /** The file is not text (NUL bytes, or a PDF/ZIP/xlsx/image renamed to .csv). */
        NOT_TEXT("the file is not a text/CSV file");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        /** Short English description, used in {@link CsvFormatException#getMessage()}. */
        public String english() {
            return english;
        }
    }

    private final Reason reason;
    private final int line;
    private final String sourceName;
    private final String detail;
    private final Object argument;

    public CsvFormatException(Reason reason, int line, String sourceName, String detail) {
        this(reason, line, sourceName, detail, (Object) null);
    }

    /**
     * @param argument what a localised message needs besides the line: the limit that was exceeded
     *                 (a number) for the size reasons, the kind of file ("PDF", ..., or
     *                 {@link #NUL_BYTES}, {@link #CONTROL_CHARACTERS}) for {@link Reason#NOT_TEXT}
     */
    public CsvFormatException(Reason reason, int line, String sourceName, String detail, Object argument) {
        super(buildMessage(reason, line, sourceName, detail));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.line = line;
        this.sourceName = sourceName;
        this.detail = detail;
        this.argument = argument;
    }

    public CsvFormatException(Reason reason, int line, String sourceName, String detail, Throwable cause) {
        this(reason, line, sourceName, detail);
        initCause(cause);
    }

    /** {@link Reason#NOT_TEXT} argument: NUL bytes (often UTF-16 without a byte order mark). */
    public static final String NUL_BYTES = "NUL";
    /** {@link Reason#NOT_TEXT} argument: many control characters. */
    public static final String CONTROL_CHARACTERS = "CONTROL";

    private static String buildMessage(Reason reason, int line, String sourceName, String detail) {
        StringBuilder sb = new StringBuilder();
        if (sourceName != null && !sourceName.isEmpty()) {
            sb.append(sourceName).append(": ");
        }
        if (line > 0) {
            sb.append("Line ").append(line).append(": ");
        }
        sb.append(reason.english());
        if (detail != null && !detail.isEmpty()) {
            sb.append(" (").append(detail).append(')');
        }
        return sb.toString();
    }

    public Reason reason() {
        return reason;
    }

    /** 1-based physical line number, or 0 if the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** The name the file was read under (file name or caller-supplied), may be null. */
    public String sourceName() {
        return sourceName;
    }

    /** Extra English detail (e.g. the limit that was exceeded), may be null. */
    public String detail() {
        return detail;
    }

    /**
     * For a localised message: the exceeded limit (a {@link Number}) for the size reasons; for
     * {@link Reason#NOT_TEXT} the kind of file it looks like ("PDF", "ZIP/xlsx/docx", ...) or
     * {@link #NUL_BYTES} / {@link #CONTROL_CHARACTERS}. May be null.
     */
    public Object argument() {
        return argument;
    }
}
