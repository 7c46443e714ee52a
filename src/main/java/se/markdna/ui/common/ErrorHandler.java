package se.markdna.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where unexpected errors go: logged through SLF4J, then shown with {@link Dialogs#unexpectedError}
 * (a short message and a "Copy details" button; never a raw stack trace as the message).
 * The application installs its dialogs at start-up ({@link #install}); until then errors are only
 * logged.
 */
public final class ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private static volatile Dialogs dialogs;
    private static boolean showing;

    private ErrorHandler() {
    }

    public static void install(Dialogs d) {
        dialogs = d;
    }

    /**
     * Sends every exception no one caught here, on any thread: the default handler covers the
     * JavaFX application thread (whose event handlers' exceptions end there), background threads
     * and timers. Call before the toolkit starts; safe to call again.
     */
    public static void installUncaughtHandlers() {
        Thread.setDefaultUncaughtExceptionHandler(ErrorHandler::uncaught);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(ErrorHandler::uncaught);
        }
    }

    /** For {@code Thread.setUncaughtExceptionHandler} on the FX thread. */
    public static void uncaught(Thread thread, Throwable error) {
        handle(error);
    }

    /**
     * Logs the error with its stack trace (the rotating log in the data folder), then shows the
     * dialog. Whatever the failed action was writing is not half-written: every write runs in one
     * database transaction, rolled back when an exception leaves it, before it gets here.
     */
    public static void handle(Throwable error) {
        try {
            LOG.error("Unexpected error", error);
        } catch (RuntimeException logFailure) {
            // logging must not take the dialog down with it; the dialog still has the details
        }
        Dialogs d = dialogs;
        if (d == null) {
            return;
        }
        if (Platform.isFxApplicationThread()) {
            show(d, error, true);
        } else {
            Platform.runLater(() -> show(d, error, true));
        }
    }

    private static void show(Dialogs d, Throwable error, boolean mayRetry) {
        if (showing) {
            return; // an error inside the error dialog: logged, not shown again
        }
        showing = true;
        try {
            d.unexpectedError(error);
        } catch (IllegalStateException duringLayout) {
            // showAndWait is refused while JavaFX lays out or animates (an error thrown from a layout
            // or a timeline): show it as soon as that is over instead
            if (mayRetry) {
                Platform.runLater(() -> show(d, error, false));
            } else {
                LOG.error("Could not show the error dialog", duringLayout);
            }
        } catch (RuntimeException inner) {
            LOG.error("Could not show the error dialog", inner);
        } finally {
            showing = false;
        }
    }

    /** The full stack trace as text (for "Copy details"). */
    public static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** The innermost cause's own message, or its class name: short enough for a dialog. */
    public static String shortMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getMessage();
        }
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }
}
