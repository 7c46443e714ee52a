package se.markdna.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DataFolder;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.ui.common.ErrorHandler;

/**
 * Starts the desktop application from the command line and returns its exit code once the window
 * has closed: 0 normally, 3 when the database could not be opened. Call once per JVM (a JavaFX
 * limit).
 */
public final class GuiLauncher {

    public static final int EXIT_OK = 0;
    public static final int EXIT_DATABASE = 3;

    private static volatile LaunchOptions options;
    private static volatile int exitCode;

    private GuiLauncher() {
    }

    /**
     * @param dbFile    the database (created if missing); null for the default in the data folder
     * @param language  "sv", "en", or null for the system's language
     * @param smokeTest start, open the database, wait until the main window shows its data, print
     *                  "ready in N ms" (since the JVM started) and exit
     */
    public static int launch(Path dbFile, String language, boolean smokeTest) {
        return launch(dbFile == null ? null : new DatabaseLocation.SqliteFile(dbFile), language, smokeTest);
    }

    /**
     * As {@link #launch(Path, String, boolean)}, for any {@code --db}: an SQLite file (null: the
     * default in the data folder) or a shared PostgreSQL database. For a shared database the
     * password is asked for in the connect dialog (pre-filled with the address) before the main
     * window loads, unless the environment has PGPASSWORD (scripts, the smoke test), which is then
     * tried first. The password is never stored.
     */
    public static int launch(DatabaseLocation location, String language, boolean smokeTest) {
        Messages messages = Messages.forLanguage(language);
        // JavaFX's own dialog buttons (OK, Cancel) follow the default locale
        Locale.setDefault(messages.locale());
        DatabaseLocation where = location == null ? new DatabaseLocation.SqliteFile(DataFolder.defaultDatabase())
                : location;
        exitCode = EXIT_OK;
        // before the toolkit starts, so that nothing thrown on any thread escapes the error dialog and the log
        ErrorHandler.installUncaughtHandlers();
        options = optionsFor(where, messages, smokeTest, System.getenv("PGPASSWORD"));
        Application.launch(MarkDnaApp.class);
        return exitCode;
    }

    /** The options for a location; a shared database with a password from the environment is opened early too. */
    static LaunchOptions optionsFor(DatabaseLocation where, Messages messages, boolean smokeTest,
            String environmentPassword) {
        if (where instanceof DatabaseLocation.SqliteFile file) {
            return new LaunchOptions(file.file(), messages, smokeTest, EarlyOpening.start(file.file(), messages));
        }
        DatabaseLocation.PostgresServer server = (DatabaseLocation.PostgresServer) where;
        if (environmentPassword != null && !environmentPassword.isEmpty()) {
            return new LaunchOptions(server, messages, smokeTest,
                    EarlyOpening.start(server, environmentPassword.toCharArray(), messages));
        }
        return LaunchOptions.askingForPassword(server, messages, smokeTest);
    }

    static LaunchOptions options() {
        LaunchOptions o = options;
        if (o == null) {
            throw new IllegalStateException("Start the GUI through GuiLauncher.launch");
        }
        return o;
    }

    static void setExitCode(int code) {
        exitCode = code;
    }

    /** Milliseconds since the JVM started. */
    static long uptimeMillis() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
