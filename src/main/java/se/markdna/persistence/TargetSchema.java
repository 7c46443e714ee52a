package se.markdna.persistence;

import static se.markdna.persistence.CopySql.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared database's tables (current schema, without Flyway's) and the {@link ColumnKind} of
 * each of their columns, in the catalogue's order: by table name, then by column position.
 */
final class TargetSchema {

    private final Map<String, Map<String, ColumnKind>> tables;

    private TargetSchema(Map<String, Map<String, ColumnKind>> tables) {
        this.tables = tables;
    }

    /** Refuses (STRUCTURE_DIFFERS) a column whose type migrate cannot bind. */
    static TargetSchema read(Connection pg) throws SQLException {
        Map<String, Map<String, ColumnKind>> tables = new LinkedHashMap<>();
        try (PreparedStatement ps = pg.prepareStatement("SELECT c.table_name, c.column_name, c.data_type, c.udt_name"
                + " FROM information_schema.columns c JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
                + " AND c.table_name <> 'flyway_schema_history'"
                + " ORDER BY c.table_name, c.ordinal_position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ColumnKind kind = ColumnKind.of(rs.getString(3), rs.getString(4));
                String table = rs.getString(1);
                String column = rs.getString(2);
                if (kind == null) {
                    throw new RegisterCopy.RefusedException(RegisterCopy.RefusedException.Reason.STRUCTURE_DIFFERS,
                            "The shared database's column " + table + "." + column
                                    + " has a type migrate does not know: " + rs.getString(3));
                }
                tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(column, kind);
            }
        }
        return new TargetSchema(tables);
    }

    Set<String> tableNames() {
        return tables.keySet();
    }

    Map<String, ColumnKind> columnsOf(String table) {
        return tables.get(table);
    }

    /**
     * Refuses (STRUCTURE_DIFFERS) unless every table of the file is here with exactly its columns:
     * a column copied by name must exist on both sides, or values would be lost or left out.
     */
    void requireSameStructureAs(List<SourceTable> source) {
        List<String> problems = new ArrayList<>();
        for (SourceTable t : source) {
            Map<String, ColumnKind> columns = tables.get(t.name());
            if (columns == null) {
                problems.add("table " + t.name() + " is missing in the shared database");
                continue;
            }
            Set<String> missing = new TreeSet<>(t.columns());
            missing.removeAll(columns.keySet());
            Set<String> extra = new TreeSet<>(columns.keySet());
            extra.removeAll(t.columns());
            if (!missing.isEmpty()) {
                problems.add(t.name() + " has no column " + String.join(", ", missing) + " in the shared database");
            }
            if (!extra.isEmpty()) {
                problems.add(t.name() + " has column " + String.join(", ", extra)
                        + " in the shared database but not in the file");
            }
        }
        if (!problems.isEmpty()) {
            throw new RegisterCopy.RefusedException(RegisterCopy.RefusedException.Reason.STRUCTURE_DIFFERS,
                    "The file's structure is not the shared database's (" + String.join("; ", problems)
                            + "); is the shared database set up by the same version of Märk-DNA? Nothing was written.");
        }
    }

    /** The ids were copied as they were, past the sequences: new records must get ids after the highest. */
    void continueIdentitySequences(Connection pg) throws SQLException {
        for (Map.Entry<String, Map<String, ColumnKind>> t : tables.entrySet()) {
            if (!t.getValue().containsKey("id")) {
                continue;
            }
            String table = quote(t.getKey());
            try (PreparedStatement ps = pg.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) {
                        continue;
                    }
                }
            }
            // an empty table's sequence starts at 1 again (is_called false)
            try (PreparedStatement ps = pg.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'),"
                    + " coalesce(max(id), 1), max(id) IS NOT NULL) FROM " + table)) {
                ps.setString(1, table);
                ps.executeQuery().close();
            }
        }
    }
}
