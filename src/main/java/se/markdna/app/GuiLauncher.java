package se.markdna.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DataFolder;
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
        Messages messages = Messages.forLanguage(language);
        // JavaFX's own dialog buttons (OK, Cancel) follow the default locale
        Locale.setDefault(messages.locale());
        Path file = dbFile == null ? DataFolder.defaultDatabase() : dbFile;
        exitCode = EXIT_OK;
        // before the toolkit starts, so that nothing thrown on any thread escapes the error dialog and the log
        ErrorHandler.installUncaughtHandlers();
        options = new LaunchOptions(file, messages, smokeTest, EarlyOpening.start(file, messages));
        Application.launch(MarkDnaApp.class);
        return exitCode;
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
