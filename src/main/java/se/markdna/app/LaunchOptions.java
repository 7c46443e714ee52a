package se.markdna.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import se.markdna.i18n.Messages;

/**
 * What the command line asked of the GUI.
 *
 * @param opening opens the database when called (off the JavaFX thread); the launcher's has been
 *                at work since before the toolkit started (see {@link EarlyOpening})
 */
public record LaunchOptions(Path dbFile, Messages messages, boolean smokeTest, Supplier<DatabaseOpener.Result> opening) {

    public LaunchOptions {
        Objects.requireNonNull(dbFile);
        Objects.requireNonNull(messages);
        Objects.requireNonNull(opening);
    }

    /** Opens the database only when the start-up screen asks for it. */
    public LaunchOptions(Path dbFile, Messages messages, boolean smokeTest) {
        this(dbFile, messages, smokeTest, () -> DatabaseOpener.open(dbFile, messages));
    }
}
