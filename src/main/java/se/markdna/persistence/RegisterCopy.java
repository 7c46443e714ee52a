package se.markdna.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Moves a register from an SQLite file into an empty shared PostgreSQL database (the migrate
 * command, issue 10): all of it or nothing.
 *
 * <p>The file is read in one read transaction (a consistent snapshot even while the desktop
 * application writes to it) and never changed: a file with an older structure is first copied
 * to a temporary file with SQLite's backup API and that copy is migrated. Every table of the file
 * is copied, in foreign-key order, column by column by name, with its ids, in batches, in ONE
 * transaction on the server; the target's tables are locked against other writers and checked to
 * be empty inside it. The identity sequences are then set after the highest id, the rows of every
 * table are counted on both sides, and only if every count agrees is the transaction committed.
 * Any failure (a row the server refuses, a lost connection, a count that differs) rolls back: the
 * shared database stays empty, and the message names the table and the row.
 *
 * <p>Run by the administrator (a superuser, or a member of markdna_owner such as the login that
 * ran pg-setup): only that login sees every row under row-level security, may set the sequences,
 * and keeps the names of the history's audit entries (markdna_audit_who lets its inserts through
 * unchanged); other logins are refused before anything is written.
 */
public final class RegisterCopy {

    private RegisterCopy() {
    }

    /** Told of the rows copied so far (of all tables), after every batch and at the end of every table. */
    @FunctionalInterface
    public interface Progress {
        void rowsCopied(String table, long done, long total);

        Progress NONE = (table, done, total) -> { };
    }

    /** What the source file is: its schema version and whether it must be migrated (on a copy) first. */
    public record SourceInfo(Path file, String schemaVersion, String currentVersion, boolean needsMigration) {
    }

    /** Rows of one table in the file and in the shared database after the copy. */
    public record TableCount(String table, long inFile, long inDatabase) {
    }

    /** A committed copy. */
    public record Result(SourceInfo source, String target, List<TableCount> tables, Duration took) {
        public long totalRows() {
            return tables.stream().mapToLong(TableCount::inDatabase).sum();
        }
    }

    /** The copy was refused before anything was written. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public enum Reason {
            /** The shared database already holds rows. */
            NOT_EMPTY,
            /** The login is not the administrator (a superuser or member of markdna_owner). */
            NOT_ADMINISTRATOR,
            /** The file's tables or columns are not the shared database's. */
            STRUCTURE_DIFFERS
        }

        private final Reason reason;

        RefusedException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The copy failed half-way and was rolled back: the shared database is as empty as before. */
    public static final class FailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String table;
        private final String row;

        FailedException(String table, String row, String message, Throwable cause) {
            super(message, cause);
            this.table = table;
            this.row = row;
        }

        /** The table being copied, or null when the failure was not in one table. */
        public String table() {
            return table;
        }

        /** The row's key ({@code id=17}), or null when no single row was at fault. */
        public String row() {
            return row;
        }
    }

    /**
     * Checks the file without changing it: it must exist, be an SQLite file holding a Märk-DNA
     * register, and not come from a newer version. The refusals are {@link DatabaseException}s
     * with the same reasons and messages as when the application opens a file.
     */
    public static SourceInfo inspect(Path file) {
        return SourceFile.inspect(file);
    }

    /**
     * Copies the register in {@code file} into the empty shared database {@code target}, logged in
     * as {@code target.user()} with {@code password} (zeroed). The target must be set up
     * (pg-setup); if not, a {@link DatabaseException} with reason NOT_SET_UP.
     */
    public static Result copy(Path file, DatabaseLocation.PostgresServer target, char[] password,
            Progress progress) {
        PGSimpleDataSource ds = PostgresConnections.dataSource(target, password);
        // one multi-row INSERT per batch instead of one statement per row
        ds.setReWriteBatchedInserts(true);
        return copy(file, ds, target, progress);
    }

    /** {@link #copy(Path, DatabaseLocation.PostgresServer, char[], Progress)} through a given data source. */
    static Result copy(Path file, DataSource target, DatabaseLocation.PostgresServer where, Progress progress) {
        SourceInfo source = inspect(file);
        PostgresConnections.checkSchema(target, where);
        long started = System.nanoTime();
        Path migrated = null;
        try {
            Path readFrom = source.file();
            if (source.needsMigration()) {
                migrated = SourceFile.migratedCopy(source.file());
                readFrom = migrated;
            }
            List<TableCount> counts = Database.readOnly(readFrom, sqlite -> CopyTransaction.run(sqlite, target, where,
                    progress == null ? Progress.NONE : progress));
            return new Result(source, where.describe(), counts, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (migrated != null) {
                SourceFile.deleteQuietly(migrated);
            }
        }
    }

    /** For tests: the tables of a file, in the order they are copied. */
    static List<String> copyOrder(Path file) {
        return Database.readOnly(file, c -> SourceTables.inCopyOrder(c).stream().map(SourceTable::name).toList());
    }
}
