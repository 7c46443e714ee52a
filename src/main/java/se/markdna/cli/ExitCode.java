package se.markdna.cli;

/** The exit codes users' scripts rely on. */
public final class ExitCode {
    public static final int OK = 0;
    /** Input rejected; nothing was written. */
    public static final int REJECTED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** The database or a file could not be used. */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
