package se.markdna.persistence;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns driver errors into the exceptions the rest of the application handles by kind. */
final class SqlErrors {

    private static final Pattern UNIQUE_COLUMN = Pattern.compile("UNIQUE constraint failed: (\\w+)\\.(\\w+)");
    /** PostgreSQL's detail of a unique violation: {@code Key (designation)=(Vildanden 1) already exists.} */
    private static final Pattern PG_KEY = Pattern.compile("Key \\(([^)]+)\\)=");

    private SqlErrors() {
    }

    static RuntimeException translate(SQLException e, String where) {
        String msg = String.valueOf(e.getMessage());
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new DatabaseException(DatabaseException.Reason.LOCKED, where,
                        "The database is busy in another program; try again.", e);
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return new DatabaseException(DatabaseException.Reason.READ_ONLY, where,
                        "The database cannot be written to: " + where, e);
            }
            if (name.startsWith("SQLITE_CONSTRAINT")) {
                return constraint(name, msg, e);
            }
            if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                return new DatabaseException(DatabaseException.Reason.NOT_SQLITE, where,
                        "The database file is damaged or not a database: " + where, e);
            }
        }
        String state = e.getSQLState();
        if (state != null && e instanceof org.postgresql.util.PSQLException pe) {
            RuntimeException translated = postgres(state, msg, pe, where);
            if (translated != null) {
                return translated;
            }
        }
        return new DatabaseException(DatabaseException.Reason.IO, where, "Database error: " + msg, e);
    }

    /** SQLSTATE classes (PostgreSQL's appendix A). */
    private static RuntimeException postgres(String state, String msg, org.postgresql.util.PSQLException e,
            String where) {
        var server = e.getServerErrorMessage();
        switch (state) {
            case "23505" -> {
                String table = server == null ? null : server.getTable();
                return new ConstraintViolationException(ConstraintViolationException.Kind.UNIQUE, table,
                        uniqueColumn(server, table), msg, e);
            }
            case "23503" -> {
                return new ConstraintViolationException(ConstraintViolationException.Kind.REFERENCE, null, null, msg,
                        e);
            }
            case "23514", "23502" -> {
                return new ConstraintViolationException(ConstraintViolationException.Kind.CHECK, null, null, msg, e);
            }
            case "P0001" -> {
                // a trigger refusing the change (the audit trail's immutability), as SQLite's RAISE(ABORT)
                return new ConstraintViolationException(ConstraintViolationException.Kind.OTHER, null, null,
                        server != null && server.getMessage() != null ? server.getMessage() : msg, e);
            }
            case "42501" -> {
                return new DatabaseException(DatabaseException.Reason.PERMISSION, where, msg, e);
            }
            case "40001", "40P01", "55P03" -> {
                return new DatabaseException(DatabaseException.Reason.LOCKED, where,
                        "The database is busy; try again.", e);
            }
            default -> {
                if (state.startsWith("08") || state.startsWith("28")) {
                    return new DatabaseException(DatabaseException.Reason.CONNECTION, where, msg, e);
                }
                if (state.equals("42P01")) {
                    return new DatabaseException(DatabaseException.Reason.NOT_SET_UP, where, msg, e);
                }
                return null;
            }
        }
    }

    /**
     * The column of a one-column unique key. The server leaves the key out of its detail when the
     * table has row-level security, so it is read from the constraint's name, which PostgreSQL
     * makes {@code table_column_key}.
     */
    private static String uniqueColumn(org.postgresql.util.ServerErrorMessage server, String table) {
        if (server == null) {
            return null;
        }
        if (server.getDetail() != null) {
            Matcher key = PG_KEY.matcher(server.getDetail());
            if (key.find()) {
                return key.group(1).contains(",") ? null : key.group(1);
            }
        }
        String constraint = server.getConstraint();
        if (table != null && constraint != null && constraint.startsWith(table + "_") && constraint.endsWith("_key")) {
            String column = constraint.substring(table.length() + 1, constraint.length() - "_key".length());
            return column.isEmpty() ? null : column;
        }
        return null;
    }

    private static ConstraintViolationException constraint(String code, String msg, SQLException e) {
        if (code.contains("UNIQUE") || code.contains("PRIMARYKEY")) {
            Matcher m = UNIQUE_COLUMN.matcher(msg);
            String table = null;
            String column = null;
            if (m.find()) {
                table = m.group(1);
                column = m.group(2);
            }
            return new ConstraintViolationException(ConstraintViolationException.Kind.UNIQUE, table, column, msg, e);
        }
        if (code.contains("FOREIGNKEY")) {
            return new ConstraintViolationException(ConstraintViolationException.Kind.REFERENCE, null, null, msg, e);
        }
        if (code.contains("CHECK") || code.contains("NOTNULL")) {
            return new ConstraintViolationException(ConstraintViolationException.Kind.CHECK, null, null, msg, e);
        }
        return new ConstraintViolationException(ConstraintViolationException.Kind.OTHER, null, null, msg, e);
    }
}
