package se.markdna.persistence;

import static se.markdna.persistence.CopySql.quote;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads which tables the SQLite file holds, in the order they must be copied. */
final class SourceTables {

    private SourceTables() {
    }

    /** Every register table of the file (not SQLite's or Flyway's own), in {@link CopyOrder}. */
    static List<SourceTable> inCopyOrder(Connection sqlite) throws SQLException {
        List<SourceTable> tables = new ArrayList<>();
        for (String name : tableNames(sqlite)) {
            tables.add(table(sqlite, name));
        }
        return CopyOrder.of(tables);
    }

    private static List<String> tableNames(Connection sqlite) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = sqlite.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'flyway_schema_history'"
                        + " ORDER BY rowid")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static SourceTable table(Connection sqlite, String name) throws SQLException {
        List<String> columns = new ArrayList<>();
        // by the column's position in the key, which need not be its position in the table
        Map<Integer, String> key = new TreeMap<>();
        try (Statement st = sqlite.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(name) + ")")) {
            while (rs.next()) {
                String column = rs.getString("name").toLowerCase(Locale.ROOT);
                columns.add(column);
                int pk = rs.getInt("pk");
                if (pk > 0) {
                    key.put(pk, column);
                }
            }
        }
        return new SourceTable(name.toLowerCase(Locale.ROOT), columns,
                key.isEmpty() ? List.of(columns.get(0)) : List.copyOf(key.values()), references(sqlite, name));
    }

    private static Set<String> references(Connection sqlite, String name) throws SQLException {
        Set<String> references = new LinkedHashSet<>();
        try (Statement st = sqlite.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(" + quote(name) + ")")) {
            while (rs.next()) {
                String referenced = rs.getString("table").toLowerCase(Locale.ROOT);
                // a table referring to itself (a parent row) does not hold up its own copy
                if (!referenced.equals(name)) {
                    references.add(referenced);
                }
            }
        }
        return references;
    }
}
