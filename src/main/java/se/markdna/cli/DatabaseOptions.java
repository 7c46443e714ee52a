package se.markdna.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.markdna.persistence.DataFolder;

/** The --db option every command shares. */
public final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The database file (default: ${DEFAULT-VALUE} in the user's data folder).",
            defaultValue = "")
    String db;

    public Path file() {
        return db == null || db.isBlank() ? DataFolder.defaultDatabase() : Path.of(db);
    }
}
