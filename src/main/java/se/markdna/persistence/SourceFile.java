package se.markdna.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file migrate reads from, which it never changes: its structure's version, and a
 * temporary copy brought to the current structure when the file's is older.
 */
final class SourceFile {

    private static final Logger LOG = LoggerFactory.getLogger(SourceFile.class);
    /** Where the SQLite migrations are (the same as {@link Database}'s). */
    private static final String SQLITE_MIGRATIONS = "classpath:se/markdna/db/migration";

    private SourceFile() {
    }

    /** See {@link RegisterCopy#inspect(Path)}. */
    static RegisterCopy.SourceInfo inspect(Path file) {
        Path absolute = file.toAbsolutePath();
        Database.checkReadable(absolute);
        MigrationInfoService info;
        try {
            info = sqliteFlyway(readOnlySqlite(absolute)).info();
        } catch (FlywayException e) {
            throw new DatabaseException(DatabaseException.Reason.NOT_SQLITE, absolute.toString(),
                    "Cannot read the database structure of " + absolute + ": " + e.getMessage(), e);
        }
        MigrationInfo current = info.current();
        if (current == null) {
            throw new DatabaseException(DatabaseException.Reason.NOT_SQLITE, absolute.toString(),
                    "Not a Märk-DNA database (it has no register tables): " + absolute, null);
        }
        MigrationInfo[] all = info.all();
        boolean pending = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.PENDING);
        String latest = all.length == 0 ? current.getVersion().getVersion()
                : all[all.length - 1].getVersion().getVersion();
        return new RegisterCopy.SourceInfo(absolute, current.getVersion().getVersion(), latest, pending);
    }

    /** A consistent copy of the file (backup API), brought to the current structure; the file stays as it was. */
    static Path migratedCopy(Path file) {
        Path copy;
        try {
            copy = Files.createTempFile("markdna-migrate-", ".db");
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, file.toString(),
                    "Cannot create a temporary copy of " + file + ": " + e.getMessage(), e);
        }
        try {
            Database.backupBeforeOpening(file, copy);
            Database.open(copy).close();
            return copy;
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    /** Deletes a temporary copy with the journal files SQLite may have left beside it. */
    static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                LOG.debug("could not delete {}{}", file, suffix, e);
            }
        }
    }

    // read-only, so that asking a file for its version can never change it
    private static SQLiteDataSource readOnlySqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    private static Flyway sqliteFlyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations(SQLITE_MIGRATIONS).failOnMissingLocations(true).load();
    }
}
