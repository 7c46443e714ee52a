package se.markdna.persistence;

/**
 * A database or file failure the user must be told about in plain words; {@link #reason()} lets
 * the UI and the CLI pick the message and the CLI its exit code.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_SQLITE,
        READ_ONLY,
        SCHEMA_TOO_NEW,
        MIGRATION_FAILED,
        LOCKED,
        IO
    }

    private final Reason reason;
    private final String file;

    public DatabaseException(Reason reason, String file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public String file() {
        return file;
    }
}
