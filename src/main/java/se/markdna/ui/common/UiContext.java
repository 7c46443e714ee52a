package se.markdna.ui.common;

import java.util.Objects;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;

/**
 * What every view gets: the services over the open database, the user's language, the dialogs,
 * and (once the main window exists) the {@link Shell}. Built by the application at start-up.
 */
public final class UiContext {

    private final AppServices services;
    private final Messages messages;
    private final Dialogs dialogs;
    private Shell shell;

    public UiContext(AppServices services, Messages messages, Dialogs dialogs) {
        this.services = Objects.requireNonNull(services);
        this.messages = Objects.requireNonNull(messages);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    public AppServices services() {
        return services;
    }

    public Messages messages() {
        return messages;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    /** The main window; available once it has been built (always, inside view factories). */
    public Shell shell() {
        if (shell == null) {
            throw new IllegalStateException("The main window has not been built yet");
        }
        return shell;
    }

    /** Called once by the main window. */
    public void attach(Shell mainWindow) {
        this.shell = Objects.requireNonNull(mainWindow);
    }

    /** Shortcut for {@code messages().get(key, args)}. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
