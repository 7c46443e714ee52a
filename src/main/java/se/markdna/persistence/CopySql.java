package se.markdna.persistence;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.postgresql.util.PSQLException;

/** The SQL that the migrate classes share, on either side of the copy. */
final class CopySql {

    private CopySql() {
    }

    /** Table and column names come from the file and the server's catalogue, never from a user. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The server's own words (a batch wraps them in its next exception). */
    static String serverMessage(SQLException e) {
        SQLException inner = e;
        while (inner.getNextException() != null && inner instanceof BatchUpdateException) {
            inner = inner.getNextException();
        }
        String text = Objects.toString(inner.getMessage(), inner.getClass().getSimpleName());
        if (inner instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
            var server = pe.getServerErrorMessage();
            text = server.getMessage() + (server.getDetail() == null ? "" : " (" + server.getDetail() + ")");
        }
        return text;
    }
}
