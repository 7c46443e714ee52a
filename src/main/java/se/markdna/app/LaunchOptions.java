package se.markdna.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DatabaseLocation;

/**
 * What the command line asked of the GUI.
 *
 * @param location where the register is: an SQLite file, or a shared PostgreSQL database
 * @param opening  opens the database when called (off the JavaFX thread); the launcher's has been
 *                 at work since before the toolkit started (see {@link EarlyOpening}). Null only
 *                 for a shared database whose password the connect dialog asks for first.
 */
public record LaunchOptions(DatabaseLocation location, Messages messages, boolean smokeTest,
        Supplier<DatabaseOpener.Result> opening) {

    public LaunchOptions {
        Objects.requireNonNull(location);
        Objects.requireNonNull(messages);
        if (opening == null && !(location instanceof DatabaseLocation.PostgresServer)) {
            throw new IllegalArgumentException("A database file is opened without asking anything");
        }
    }

    public LaunchOptions(Path dbFile, Messages messages, boolean smokeTest, Supplier<DatabaseOpener.Result> opening) {
        this(new DatabaseLocation.SqliteFile(Objects.requireNonNull(dbFile)), messages, smokeTest,
                Objects.requireNonNull(opening));
    }

    /** Opens the database only when the start-up screen asks for it. */
    public LaunchOptions(Path dbFile, Messages messages, boolean smokeTest) {
        this(dbFile, messages, smokeTest, () -> DatabaseOpener.open(dbFile, messages));
    }

    /** A shared database: the connect dialog asks for the password before the main window loads. */
    public static LaunchOptions askingForPassword(DatabaseLocation.PostgresServer server, Messages messages,
            boolean smokeTest) {
        return new LaunchOptions(server, messages, smokeTest, null);
    }

    /** The SQLite file, or null for a shared database. */
    public Path dbFile() {
        return location instanceof DatabaseLocation.SqliteFile f ? f.file() : null;
    }

    /** True for a shared database. */
    public boolean shared() {
        return location instanceof DatabaseLocation.PostgresServer;
    }
}
