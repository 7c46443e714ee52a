package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.markdna.domain.audit.AuditAction;
import se.markdna.domain.audit.AuditEntry;
import se.markdna.domain.audit.FieldChange;

/** Appends to the audit trail and reads a record's history. It has no way to change an entry. */
public final class AuditRepository {

    /**
     * The entry is inserted without reading its id back: its changes find it as the newest entry
     * ({@code max(id)}, one index step), which it is inside the writing transaction. A bulk import
     * writes 100,000 entries, and reading each id back was a result set per row. On PostgreSQL,
     * where other sessions commit entries meanwhile and row-level security hides some, the entry
     * is the one this session's sequence handed out last.
     */
    public void record(Connection c, String who, Instant at, String entity, long entityId, AuditAction action,
            List<FieldChange> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_entry (at, who, entity, entity_id, action) VALUES (?,?,?,?,?)")) {
            PreparedStatement direct = CrudRepository.direct(ps);
            direct.setString(1, at.toString());
            direct.setString(2, who);
            direct.setString(3, entity);
            direct.setLong(4, entityId);
            direct.setString(5, action.name());
            direct.executeUpdate();
        }
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_change (entry_id, field, old_value, new_value)"
                        + " VALUES (" + newestEntry(c) + ",?,?,?)")) {
            PreparedStatement direct = CrudRepository.direct(ps);
            for (FieldChange fc : changes) {
                direct.setString(1, fc.field());
                direct.setString(2, fc.oldValue());
                direct.setString(3, fc.newValue());
                direct.executeUpdate();
            }
        }
    }

    /**
     * Records the inserts of one entity type in bulk work: the same entry and single "*" change as
     * {@link #record} writes for an insert, with both statements prepared once.
     */
    InsertTrail insertTrail(Connection c, String who, String entity) throws SQLException {
        return new InsertTrail(c, who, entity);
    }

    static final class InsertTrail {
        private final PreparedStatement entry;
        private final PreparedStatement change;
        private final String who;
        private final String entity;

        private InsertTrail(Connection c, String who, String entity) throws SQLException {
            this.who = who;
            this.entity = entity;
            entry = CrudRepository.direct(c.prepareStatement(
                    "INSERT INTO audit_entry (at, who, entity, entity_id, action) VALUES (?,?,?,?,'INSERT')"));
            change = CrudRepository.direct(c.prepareStatement(
                    "INSERT INTO audit_change (entry_id, field, old_value, new_value)"
                            + " VALUES (" + newestEntry(c) + ",'" + CrudRepository.INSERTED_VALUES
                            + "',NULL,?)"));
        }

        void inserted(Instant at, long entityId, String values) throws SQLException {
            entry.setString(1, at.toString());
            entry.setString(2, who);
            entry.setString(3, entity);
            entry.setLong(4, entityId);
            entry.executeUpdate();
            change.setString(1, values);
            change.executeUpdate();
        }
    }

    private static String newestEntry(Connection c) throws SQLException {
        return Dialect.of(c) == Dialect.POSTGRESQL ? "currval(pg_get_serial_sequence('audit_entry', 'id'))"
                : "(SELECT max(id) FROM audit_entry)";
    }

    /** The history of one record, newest first. */
    public List<AuditEntry> history(Connection c, String entity, long entityId) throws SQLException {
        Map<Long, AuditEntry> entries = new LinkedHashMap<>();
        Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.id, e.at, e.who, e.action, ch.field, ch.old_value, ch.new_value
                  FROM audit_entry e LEFT JOIN audit_change ch ON ch.entry_id = e.id
                 WHERE e.entity = ? AND e.entity_id = ?
                 ORDER BY e.id DESC, ch.id""")) {
            ps.setString(1, entity);
            ps.setLong(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!entries.containsKey(id)) {
                        entries.put(id, new AuditEntry(id, Instant.parse(rs.getString(2)), rs.getString(3), entity,
                                entityId, AuditAction.valueOf(rs.getString(4)), List.of()));
                        changes.put(id, new ArrayList<>());
                    }
                    String field = rs.getString(5);
                    if (field != null) {
                        changes.get(id).add(new FieldChange(field, rs.getString(6), rs.getString(7)));
                    }
                }
            }
        }
        List<AuditEntry> result = new ArrayList<>(entries.size());
        for (AuditEntry e : entries.values()) {
            result.add(new AuditEntry(e.id(), e.at(), e.who(), e.entity(), e.entityId(), e.action(),
                    changes.get(e.id())));
        }
        return result;
    }
}
