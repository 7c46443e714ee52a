package se.markdna.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns driver errors into the exceptions the rest of the application handles by kind. */
final class SqlErrors {

    private static final Pattern UNIQUE_COLUMN = Pattern.compile("UNIQUE constraint failed: (\\w+)\\.(\\w+)");

    private SqlErrors() {
    }

    static RuntimeException translate(SQLException e, Path file) {
        String msg = String.valueOf(e.getMessage());
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new DatabaseException(DatabaseException.Reason.LOCKED, file.toString(),
                        "The database is busy in another program; try again.", e);
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return new DatabaseException(DatabaseException.Reason.READ_ONLY, file.toString(),
                        "The database cannot be written to: " + file, e);
            }
            if (name.startsWith("SQLITE_CONSTRAINT")) {
                return constraint(name, msg, e);
            }
            if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                return new DatabaseException(DatabaseException.Reason.NOT_SQLITE, file.toString(),
                        "The database file is damaged or not a database: " + file, e);
            }
        }
        return new DatabaseException(DatabaseException.Reason.IO, file.toString(), "Database error: " + msg, e);
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
