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
        IO,
        /** A shared database cannot do what only a file can (a backup copy of it, a restore). */
        SHARED,
        /** The server cannot be reached, or it refused the login. */
        CONNECTION,
        /** The shared database has no Märk-DNA structure yet, or an older one: pg-setup is needed. */
        NOT_SET_UP,
        /** The server refused the change: the login may not make it. */
        PERMISSION
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
