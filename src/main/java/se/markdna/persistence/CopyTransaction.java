package se.markdna.persistence;

import static se.markdna.persistence.CopySql.count;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.persistence.RegisterCopy.FailedException;
import se.markdna.persistence.RegisterCopy.Progress;
import se.markdna.persistence.RegisterCopy.RefusedException;
import se.markdna.persistence.RegisterCopy.TableCount;

/**
 * The copy itself, all or nothing: checks the login and the target, then copies every table in
 * one transaction on the server and commits only if the rows counted on both sides agree.
 */
final class CopyTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(CopyTransaction.class);
    /** Only its members (and superusers) see every row under row-level security and may set the sequences. */
    private static final String OWNER_ROLE = "markdna_owner";
    /** How long the copy waits for other sessions' transactions on the target tables to end. */
    private static final String LOCK_TIMEOUT = "15s";

    private CopyTransaction() {
    }

    /** Copies the file open on {@code sqlite} (read-only) into {@code target}. */
    static List<TableCount> run(Connection sqlite, DataSource target, DatabaseLocation.PostgresServer where,
            Progress progress) throws SQLException {
        // one read transaction: every table is read from the same snapshot of the file
        sqlite.setAutoCommit(false);
        try {
            List<SourceTable> tables = SourceTables.inCopyOrder(sqlite);
            Map<String, Long> sourceCounts = new LinkedHashMap<>();
            for (SourceTable t : tables) {
                sourceCounts.put(t.name(), count(sqlite, t.name()));
            }
            try (Connection pg = connect(target, where)) {
                return copyInto(sqlite, pg, where, tables, sourceCounts, progress);
            }
        } finally {
            try {
                sqlite.rollback(); // ends the read transaction; nothing was written to the file
            } catch (SQLException e) {
                LOG.debug("ending the read transaction failed", e);
            }
        }
    }

    private static Connection connect(DataSource target, DatabaseLocation.PostgresServer where) {
        try {
            return target.getConnection();
        } catch (SQLException e) {
            RuntimeException translated = SqlErrors.translate(e, where.describe());
            // a server that cannot be reached is a connection problem, not a file's
            if (translated instanceof DatabaseException de && de.reason() == DatabaseException.Reason.IO) {
                throw new DatabaseException(DatabaseException.Reason.CONNECTION, where.describe(), e.getMessage(), e);
            }
            throw translated;
        }
    }

    private static List<TableCount> copyInto(Connection sqlite, Connection pg, DatabaseLocation.PostgresServer where,
            List<SourceTable> tables, Map<String, Long> sourceCounts, Progress progress) throws SQLException {
        String target = where.describe();
        requireAdministrator(pg, target);
        TargetSchema schema = TargetSchema.read(pg);
        schema.requireSameStructureAs(tables);
        pg.setAutoCommit(false);
        String current = null;
        boolean committed = false;
        try {
            lockAgainstOtherWriters(pg, schema.tableNames());
            requireEmpty(pg, schema.tableNames(), target);
            long[] done = {0};
            long total = sourceCounts.values().stream().mapToLong(Long::longValue).sum();
            for (SourceTable t : tables) {
                current = t.name();
                new TableCopy(t, schema.columnsOf(t.name())).copy(sqlite, pg, n -> {
                    done[0] += n;
                    progress.rowsCopied(t.name(), done[0], total);
                });
            }
            current = null;
            schema.continueIdentitySequences(pg);
            List<TableCount> counts = verifiedCounts(pg, tables, sourceCounts);
            pg.commit();
            committed = true;
            return counts;
        } catch (SQLException e) {
            throw new FailedException(current, null, (current == null ? "The copy failed: "
                    : "Copying " + current + " failed: ") + CopySql.serverMessage(e) + ". Nothing was written: the"
                    + " shared database is still empty.", e);
        } finally {
            if (!committed) {
                rollbackQuietly(pg);
            }
        }
    }

    private static void requireAdministrator(Connection pg, String where) throws SQLException {
        boolean superuser;
        try (Statement st = pg.createStatement();
                ResultSet rs = st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) {
            superuser = rs.next() && rs.getBoolean(1);
        }
        if (!superuser && !PostgresConnections.isMember(pg, OWNER_ROLE)) {
            throw new RefusedException(RefusedException.Reason.NOT_ADMINISTRATOR, "migrate must be run by the"
                    + " administrator of the shared database (the login that ran pg-setup, or another member of "
                    + OWNER_ROLE + "): " + where + " is not one. Nothing was written.");
        }
    }

    /** No other session writes while the target is checked and filled. */
    private static void lockAgainstOtherWriters(Connection pg, Set<String> tables) throws SQLException {
        try (Statement st = pg.createStatement()) {
            st.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
            st.execute("LOCK TABLE " + tables.stream().map(CopySql::quote)
                    .collect(Collectors.joining(", ")) + " IN EXCLUSIVE MODE");
        }
    }

    private static void requireEmpty(Connection pg, Set<String> tables, String target) throws SQLException {
        Map<String, Long> filled = new LinkedHashMap<>();
        for (String table : tables) {
            long n = count(pg, table);
            if (n > 0) {
                filled.put(table, n);
            }
        }
        if (!filled.isEmpty()) {
            throw new RefusedException(RefusedException.Reason.NOT_EMPTY, "The shared database " + target
                    + " is not empty (" + filled.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining(", "))
                    + " rows); migrate only fills an empty one. Nothing was written.");
        }
    }

    /** Every table's rows on both sides; fails (and so rolls back) unless they agree everywhere. */
    private static List<TableCount> verifiedCounts(Connection pg, List<SourceTable> tables,
            Map<String, Long> sourceCounts) throws SQLException {
        List<TableCount> counts = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (SourceTable t : tables) {
            long copied = count(pg, t.name());
            long inFile = sourceCounts.get(t.name());
            counts.add(new TableCount(t.name(), inFile, copied));
            if (copied != inFile) {
                differences.add(t.name() + ": " + inFile + " in the file, " + copied + " in the database");
            }
        }
        if (!differences.isEmpty()) {
            throw new FailedException(null, null, "The counts differ after the copy (" + String.join("; ",
                    differences) + "); nothing was written.", null);
        }
        return counts;
    }

    private static void rollbackQuietly(Connection pg) {
        try {
            if (!pg.isClosed()) {
                pg.rollback();
            }
        } catch (SQLException e) {
            // the connection is gone, and with it the transaction: the server rolled it back
            LOG.debug("rollback after a failed copy failed", e);
        }
    }
}
