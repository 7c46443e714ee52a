package se.markdna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DataFolder;
import se.markdna.persistence.DatabaseException;

/**
 * The command line: {@code markdna [gui] [--db FILE] [--lang sv|en]}, {@code demo}, {@code check},
 * and the commands later features add. Failures become the documented exit codes and a one-line
 * message; stack traces go to the log, not to the user.
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String... args) {
        prepareNativeLibraryFolder();
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** Printed by commands that open a database on a network file system. */
    static void warnIfNetworkShare(se.markdna.service.AppServices services, PrintWriter err) {
        if (services.databaseOnNetworkShare()) {
            err.println(Messages.forLanguage(null).get("db.warning.networkShare", services.databaseDescription()));
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExecutionExceptionHandler(Cli::handle);
        return cli;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        Messages m = Messages.forLanguage(null);
        if (e instanceof DatabaseException de) {
            err.println(m.get("db.error." + de.reason().name(), de.file()));
            LOG.warn("database failure", e);
            return ExitCode.FAILURE;
        }
        if (e instanceof se.markdna.service.RestoreRefusedException refused) {
            // the register is untouched; the user needs the reason, not a stack trace
            err.println(m.get("bak.restore.refused." + refused.reason().name(),
                    refused.file() == null ? "" : refused.file().toString()));
            LOG.warn("restore refused", e);
            return ExitCode.FAILURE;
        }
        if (e instanceof IllegalArgumentException) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println(m.get("cli.fileError", String.valueOf(e.getMessage())));
            LOG.warn("file failure", e);
            return ExitCode.FAILURE;
        }
        err.println(m.get("cli.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
        LOG.error("unexpected failure", e);
        return ExitCode.FAILURE;
    }

    /**
     * sqlite-jdbc unpacks its native library into java.io.tmpdir by default; a noexec /tmp would
     * then stop the application from starting, so it goes into our own data folder instead.
     */
    static void prepareNativeLibraryFolder() {
        if (System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        try {
            Path dir = DataFolder.get().resolve("native");
            java.nio.file.Files.createDirectories(dir);
            System.setProperty("org.sqlite.tmpdir", dir.toString());
        } catch (java.io.IOException | SecurityException e) {
            LOG.debug("cannot prepare native library folder; using the default", e);
        }
    }
}
