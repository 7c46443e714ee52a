package se.markdna.io.interchange;

import java.io.IOException;

/**
 * A file that cannot be read as a spreadsheet at all: not a spreadsheet, encrypted, damaged,
 * empty, or holding no sheet the interchange format knows. Carries a reason so the message can be
 * shown in the user's language (message key {@code exchange.file.<REASON>}, argument: file name).
 */
public final class SpreadsheetFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_SPREADSHEET,
        OLD_XLS,
        ENCRYPTED,
        DAMAGED,
        EMPTY,
        NO_SHEETS,
        UNKNOWN_TYPE
    }

    private final Reason reason;
    private final String fileName;

    public SpreadsheetFileException(Reason reason, String fileName, String detail, Throwable cause) {
        super(fileName + ": " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
        this.fileName = fileName;
    }

    public SpreadsheetFileException(Reason reason, String fileName) {
        this(reason, fileName, null, null);
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    public String messageKey() {
        return "exchange.file." + reason.name();
    }
}
