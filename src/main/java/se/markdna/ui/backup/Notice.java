package se.markdna.ui.backup;

import java.util.Objects;

/**
 * A non-blocking message: a backup is done, the database is on a network share. {@code action}
 * (with its label) is an optional button, e.g. "Visa i mapp".
 *
 * @param warning     shown as a warning (and kept until closed) rather than as information
 * @param actionLabel the button's text, or null for none
 * @param action      what the button does, or null
 */
public record Notice(boolean warning, String title, String text, String actionLabel, Runnable action) {

    public Notice {
        Objects.requireNonNull(title);
        Objects.requireNonNull(text);
    }

    public static Notice info(String title, String text) {
        return new Notice(false, title, text, null, null);
    }

    public static Notice warning(String title, String text) {
        return new Notice(true, title, text, null, null);
    }

    public Notice withAction(String label, Runnable run) {
        return new Notice(warning, title, text, label, run);
    }

    public boolean hasAction() {
        return actionLabel != null && action != null;
    }
}
