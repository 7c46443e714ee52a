package se.markdna.cli;

import java.io.Console;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.markdna.persistence.DataFolder;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.service.AppServices;

/** The --db option every command shares: an SQLite file, or a shared PostgreSQL database. */
public final class DatabaseOptions {

    /** Where scripts put the password of a shared database (libpq's name); otherwise it is asked for. */
    static final String PASSWORD_VARIABLE = "PGPASSWORD";

    @Option(names = "--db", paramLabel = "FILE|postgresql://HOST[:PORT]/DB?user=NAME",
            description = "The database file (default: ${DEFAULT-VALUE} in the user's data folder), or a shared"
                    + " PostgreSQL database; add &sslrootcert=CA.crt for a private CA, &sslmode=verify-ca|require"
                    + " to relax the default verify-full. The password is read from PGPASSWORD or asked for.",
            defaultValue = "")
    String db;

    public DatabaseLocation location() {
        return db == null || db.isBlank() ? new DatabaseLocation.SqliteFile(DataFolder.defaultDatabase())
                : DatabaseLocation.parse(db);
    }

    public boolean shared() {
        return location() instanceof DatabaseLocation.PostgresServer;
    }

    /** The SQLite file; commands that only work on files call {@link #requireFile(String)} first. */
    public Path file() {
        DatabaseLocation location = location();
        if (location instanceof DatabaseLocation.SqliteFile f) {
            return f.file();
        }
        throw new IllegalArgumentException("this command needs a database file, not " + location.describe());
    }

    /** Opens the register; for a shared database the password is asked for (or read from PGPASSWORD). */
    public AppServices open(boolean startupBackup) {
        DatabaseLocation location = location();
        return AppServices.open(location, location instanceof DatabaseLocation.PostgresServer server
                ? password(server) : null, startupBackup);
    }

    static char[] password(DatabaseLocation.PostgresServer server) {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("No password for " + server.describe()
                    + ": set " + PASSWORD_VARIABLE + " or run the command in a terminal.");
        }
        char[] typed = console.readPassword("Password for %s: ", server.describe());
        if (typed == null) {
            throw new IllegalArgumentException("No password given for " + server.describe());
        }
        return typed;
    }
}
