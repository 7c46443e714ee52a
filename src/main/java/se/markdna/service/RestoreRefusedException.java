package se.markdna.service;

import java.nio.file.Path;

/**
 * A backup that may not replace the register, and why. Thrown before anything is written: the
 * current database is exactly as it was. {@link #reason()} picks the message the user sees.
 */
public final class RestoreRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No such file, or it cannot be read. */
        NOT_FOUND,
        /** Not an SQLite file at all (or an empty one). */
        NOT_A_DATABASE,
        /** An SQLite file, but not a Märk-DNA register. */
        NOT_A_REGISTER,
        /** Written by a newer version of the application. */
        NEWER_VERSION,
        /** An SQLite register whose pages or references are broken. */
        DAMAGED,
        /** The file chosen is the open database itself. */
        SAME_FILE,
        /** The database is busy in another program. */
        BUSY,
        /** Anything else (disk full, permissions…); the message says more. */
        FAILED
    }

    private final Reason reason;
    private final transient Path file;

    public RestoreRefusedException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
