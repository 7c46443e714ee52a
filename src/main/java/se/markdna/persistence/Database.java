package se.markdna.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The register's SQLite file: checked before anything touches it, migrated, and handed out as
 * connections configured the same way every time (DESIGN.md: foreign keys, WAL, full sync, a
 * busy timeout, and IMMEDIATE write transactions so that two processes writing wait for each
 * other instead of failing). Or a shared PostgreSQL database (see {@link #connect(DatabaseLocation.PostgresServer, char[])}),
 * which the application never migrates itself: its administrator sets it up with pg-setup.
 */
public final class Database implements AutoCloseable {

    public static final int BUSY_TIMEOUT_MS = 10_000;
    private static final String MIGRATIONS = "classpath:se/markdna/db/migration";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final DatabaseLocation location;
    private final javax.sql.DataSource dataSource;
    private final AutoCloseable pool;
    /** Transactions committed (and restores) through this object, for views deciding whether to read again. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.List<Runnable> externalChangeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Database(Path file) {
        this.file = file;
        this.location = new DatabaseLocation.SqliteFile(file);
        this.pool = null;
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // 64 MB of page cache (negative = KiB): a large import then stays in memory until commit
        // instead of spilling pages to the WAL half-way
        config.setCacheSize(-65_536);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // the driver otherwise runs "SELECT last_insert_rowid()" after every executeUpdate in case
        // getGeneratedKeys() is called; nothing here calls it (inserts use RETURNING), and on a
        // 100,000-row import it was one extra statement per audit row and per update
        config.setGetGeneratedKeys(false);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url(file));
        this.dataSource = sqlite;
    }

    private Database(DatabaseLocation.PostgresServer server, PostgresConnections connections) {
        this.file = null;
        this.location = server;
        this.dataSource = connections.dataSource();
        this.pool = connections;
        connections.listen(this::changedElsewhere);
    }

    /** Another client committed a change to the shared database. */
    private void changedElsewhere() {
        changes.incrementAndGet();
        for (Runnable listener : externalChangeListeners) {
            listener.run();
        }
    }

    /**
     * Calls {@code listener} (on a background thread) whenever another user commits a change to
     * the shared database; never for a file, whose other writers are not announced.
     */
    public void onExternalChange(Runnable listener) {
        externalChangeListeners.add(listener);
    }

    /** Opens the register where {@code location} says; the password is only used for PostgreSQL. */
    public static Database open(DatabaseLocation location, char[] password) {
        if (location instanceof DatabaseLocation.PostgresServer server) {
            return connect(server, password);
        }
        return open(((DatabaseLocation.SqliteFile) location).file());
    }

    /**
     * Connects to a shared PostgreSQL database as {@code server.user()}. Its structure must be the
     * one this application expects (pg-setup brings it there); it is checked, never changed.
     */
    public static Database connect(DatabaseLocation.PostgresServer server, char[] password) {
        PostgresConnections connections = PostgresConnections.open(server, password);
        try {
            PostgresConnections.checkSchema(connections.dataSource(), server);
            return new Database(server, connections);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    /**
     * Opens (creating if missing) and migrates the database. A file that is not SQLite, cannot be
     * written, or was made by a newer version of the application is refused before anything is
     * written to it.
     */
    public static Database open(Path file) {
        return open(file, () -> { });
    }

    /**
     * As {@link #open(Path)}; {@code beforeMigrating} runs first when the file exists and opening
     * it is about to change its structure (a pending migration), the moment a backup must be
     * complete. Nothing else is written to the file before it returns.
     */
    public static Database open(Path file, Runnable beforeMigrating) {
        Path absolute = file.toAbsolutePath();
        if (checkBeforeOpening(absolute)) {
            beforeMigrating.run();
        }
        Database db = new Database(absolute);
        db.migrate();
        return db;
    }

    /** The SQLite file; a shared database has none (see {@link #isShared()}). */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException("a shared database has no file: " + location.describe());
        }
        return file;
    }

    public DatabaseLocation location() {
        return location;
    }

    /** True for a shared PostgreSQL database, where backups are the server's job. */
    public boolean isShared() {
        return file == null;
    }

    /** True when the file is on a network file system, where SQLite's locking is unsafe. */
    public boolean onNetworkFileSystem() {
        return file != null && NetworkFileSystems.isNetworkPath(file);
    }

    /** Closes the kept connections to a server; an SQLite file keeps none. */
    @Override
    public void close() {
        if (pool != null) {
            try {
                pool.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Database.class).debug("closing the connections failed", e);
            }
        }
    }

    /**
     * How many write transactions (and restores) this process has committed to the database so
     * far. Writes by other processes are not counted on a file; on a shared database the changes
     * other users announce are.
     */
    public long changeCount() {
        return changes.get();
    }

    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs read-only work on a connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, location.describe());
        }
    }

    /**
     * Runs work in one IMMEDIATE transaction: all of it is written, or none of it. Exceptions the
     * work throws roll back and propagate (translated when they are SQL errors).
     */
    public <T> T write(SqlWork<T> work) {
        try (Connection c = StatementCache.wrap(connect())) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                changes.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, location.describe());
        }
    }

    /**
     * A driver error as the exception the application handles by kind (what {@link #write} throws),
     * for work that reports some failures per row and goes on.
     */
    public RuntimeException translate(SQLException e) {
        return SqlErrors.translate(e, location.describe());
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /**
     * Writes a consistent copy of the database to {@code target} with SQLite's online backup API
     * (never a file copy, which could catch a write half-done or miss the WAL).
     */
    public void backupTo(Path target) {
        requireFile();
        read(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("backup to \"" + target.toAbsolutePath() + "\"");
            }
            return null;
        });
    }

    /** Replaces the database's content with the content of {@code source}, through the same API. */
    public void restoreFrom(Path source) {
        requireFile();
        read(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("restore from \"" + source.toAbsolutePath() + "\"");
            }
            return null;
        });
        changes.incrementAndGet();
        migrate();
    }

    private void requireFile() {
        if (file == null) {
            throw new DatabaseException(DatabaseException.Reason.SHARED, location.describe(),
                    "Backups of a shared database are made on its server.", null);
        }
    }

    /** Backs up an existing database file before it is opened and migrated; returns the copy or null. */
    public static Path backupBeforeOpening(Path file, Path backupFile) {
        Path absolute = file.toAbsolutePath();
        try {
            if (!Files.exists(absolute) || Files.size(absolute) == 0) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        checkBeforeOpening(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl(url(absolute));
        try (Connection c = readOnly.getConnection(); var st = c.createStatement()) {
            Files.createDirectories(backupFile.toAbsolutePath().getParent());
            st.executeUpdate("backup to \"" + backupFile.toAbsolutePath() + "\"");
            return backupFile;
        } catch (SQLException | IOException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, absolute.toString(),
                    "Could not back up the database before opening it: " + e.getMessage(), e);
        }
    }

    /** Checks that a file is a usable Märk-DNA database without changing it (for restore). */
    public static void checkReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException(DatabaseException.Reason.IO, file.toString(), "No such file: " + file, null);
        }
        checkHeader(file);
        checkSchemaNotNewer(file);
    }

    /**
     * Runs work on a read-only connection to any SQLite file, without migrating or changing it:
     * a backup is inspected this way before it may replace the register.
     */
    public static <T> T readOnly(Path file, SqlWork<T> work) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl(url(file.toAbsolutePath()));
        try (Connection c = readOnly.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file.toString());
        }
    }

    private void migrate() {
        try {
            Flyway flyway = flyway(dataSource);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DatabaseException(DatabaseException.Reason.MIGRATION_FAILED, file.toString(),
                    "Could not update the database structure: " + e.getMessage(), e);
        }
    }

    private static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure()
                .dataSource(ds)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
    }

    /** Refuses a file that cannot be opened; returns whether an existing one will be migrated. */
    private static boolean checkBeforeOpening(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DatabaseException(DatabaseException.Reason.IO, name, "Is a folder, not a database file: " + name,
                    null);
        }
        if (!Files.exists(file)) {
            Path parent = file.getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new DatabaseException(DatabaseException.Reason.IO, name, "Cannot create folder " + parent, e);
            }
            if (parent != null && !Files.isWritable(parent)) {
                throw new DatabaseException(DatabaseException.Reason.READ_ONLY, name,
                        "The folder cannot be written to: " + parent, null);
            }
            return false;
        }
        checkHeader(file);
        if (!Files.isWritable(file) || (file.getParent() != null && !Files.isWritable(file.getParent()))) {
            throw new DatabaseException(DatabaseException.Reason.READ_ONLY, name,
                    "The database file (or its folder) is read-only: " + name, null);
        }
        return checkSchemaNotNewer(file);
    }

    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                return; // an empty file is an empty SQLite database
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new DatabaseException(DatabaseException.Reason.NOT_SQLITE, file.toString(),
                        "Not a Märk-DNA database (not an SQLite file): " + file, null);
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, file.toString(), "Cannot read " + file, e);
        }
    }

    /**
     * Looks at the applied migrations through a read-only connection, so a refused file stays as
     * it was; returns whether opening it will run migrations.
     */
    private static boolean checkSchemaNotNewer(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl(url(file));
        MigrationInfo[] future;
        boolean pending;
        try {
            org.flywaydb.core.api.MigrationInfoService info = flyway(readOnly).info();
            pending = info.pending().length > 0;
            future = java.util.Arrays.stream(info.applied())
                    .filter(m -> m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS
                            || m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_FAILED)
                    .toArray(MigrationInfo[]::new);
        } catch (FlywayException e) {
            throw new DatabaseException(DatabaseException.Reason.NOT_SQLITE, file.toString(),
                    "Cannot read the database structure of " + file + ": " + e.getMessage(), e);
        }
        if (future.length > 0) {
            throw new DatabaseException(DatabaseException.Reason.SCHEMA_TOO_NEW, file.toString(),
                    "The database was created by a newer version of Märk-DNA (schema version "
                            + future[future.length - 1].getVersion() + "); update the application to open it.",
                    null);
        }
        return pending;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }
}
