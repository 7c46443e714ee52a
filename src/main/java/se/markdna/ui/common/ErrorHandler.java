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

    /** For {@code Thread.setUncaughtExceptionHandler} on the FX thread. */
    public static void uncaught(Thread thread, Throwable error) {
        handle(error);
    }

    public static void handle(Throwable error) {
        LOG.error("Unexpected error", error);
        Dialogs d = dialogs;
        if (d == null) {
            return;
        }
        Runnable show = () -> {
            if (showing) {
                return; // an error inside the error dialog: logged, not shown again
            }
            showing = true;
            try {
                d.unexpectedError(error);
            } catch (RuntimeException inner) {
                LOG.error("Could not show the error dialog", inner);
            } finally {
                showing = false;
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
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
