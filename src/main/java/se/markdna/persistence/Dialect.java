package se.markdna.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** The SQL dialects the register is stored in; the few statements that differ ask which one. */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL
                : SQLITE;
    }
}
