package se.markdna.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import se.markdna.i18n.Messages;

/**
 * The application's modal dialogs behind an interface, so that views can be tested headless
 * without a blocking {@code showAndWait} ({@link #recording}).
 */
public interface Dialogs {

    void info(String title, String text);

    void error(String title, String text);

    /** True when the user chose the confirming button (labelled {@code confirmLabel}). */
    boolean confirm(String title, String header, String text, String confirmLabel);

    /** An unexpected error: a short message, and a button that copies the details to the clipboard. */
    void unexpectedError(Throwable error);

    /** Real JavaFX alerts, owned by the given window (which may supply null). */
    static Dialogs fx(Messages messages, Supplier<Window> owner) {
        return new FxDialogs(messages, owner);
    }

    /** For tests: answers every question with {@code answer} and records what was shown. */
    static Dialogs recording(boolean answer, List<String> shown) {
        return new Dialogs() {
            @Override
            public void info(String title, String text) {
                shown.add("info: " + title + ": " + text);
            }

            @Override
            public void error(String title, String text) {
                shown.add("error: " + title + ": " + text);
            }

            @Override
            public boolean confirm(String title, String header, String text, String confirmLabel) {
                shown.add("confirm: " + title + ": " + header);
                return answer;
            }

            @Override
            public void unexpectedError(Throwable error) {
                shown.add("unexpected: " + ErrorHandler.shortMessage(error));
            }
        };
    }
}
