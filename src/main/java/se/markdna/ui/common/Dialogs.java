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

    /**
     * Asks for a short text (e.g. the reason for rejecting a site). Returns the text the user typed,
     * stripped, or null when the user cancelled or left it blank. Implementations that cannot ask
     * answer null.
     */
    default String askText(String title, String header, String fieldLabel) {
        return null;
    }

    /** What the user chose when two versions of a record collided. */
    enum VersionChoice {
        /** Throw this user's edit away and show the stored version. */
        RELOAD,
        /** Save this user's values on top of the stored version. */
        OVERWRITE,
        /** Decide later: the form keeps the user's values (saving asks again). */
        KEEP_EDITING
    }

    /**
     * An edit conflict: the fields where the user's version and the stored one differ, side by
     * side ({@code rows} hold one cell per column title), and a choice between reloading and
     * overwriting. The default asks a plain question (confirm = overwrite, otherwise reload);
     * the JavaFX dialogs show the rows as a table and can also be dismissed to keep editing.
     */
    default VersionChoice chooseVersion(String title, String header, List<String> columnTitles,
            List<List<String>> rows, String reloadLabel, String overwriteLabel) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(" | ", row)).append('\n');
        }
        return confirm(title, header, text.toString().strip(), overwriteLabel) ? VersionChoice.OVERWRITE
                : VersionChoice.RELOAD;
    }

    /** Real JavaFX alerts, owned by the given window (which may supply null). */
    static Dialogs fx(Messages messages, Supplier<Window> owner) {
        return new FxDialogs(messages, owner);
    }

    /** For tests: answers every question with {@code answer} and records what was shown. */
    static Dialogs recording(boolean answer, List<String> shown) {
        return recording(answer, null, shown);
    }

    /**
     * For tests: answers every question with {@code answer}, every request for a text with
     * {@code textAnswer} (null: cancelled), and records what was shown.
     */
    static Dialogs recording(boolean answer, String textAnswer, List<String> shown) {
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

            @Override
            public String askText(String title, String header, String fieldLabel) {
                shown.add("ask: " + title + ": " + header);
                return textAnswer;
            }
        };
    }
}
