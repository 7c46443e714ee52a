package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import se.markdna.domain.audit.AuditAction;
import se.markdna.domain.audit.FieldChange;

/**
 * Erases a contact's personal data from the register and from the audit trail's values, so that
 * after a VACUUM the strings are gone from the file.
 */
public final class PersonalDataRepository {

    public static final String ERASED = "[raderad]";
    private static final List<String> PERSONAL_FIELDS = List.of("name", "phone", "email", CrudRepository.INSERTED_VALUES);

    private final AuditRepository audit;
    private final Actor actor;
    private final Clock clock;

    public PersonalDataRepository(AuditRepository audit, Actor actor, Clock clock) {
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction; returns false when there is no such contact. */
    public boolean erase(Connection c, long contactId) throws SQLException {
        String now = clock.instant().toString();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE contact SET name = ?, phone = NULL, email = NULL, erased_at = ?,
                       version = version + 1, updated_at = ? WHERE id = ?""")) {
            ps.setString(1, ERASED + " " + contactId);
            ps.setString(2, now);
            ps.setString(3, now);
            ps.setLong(4, contactId);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement mark = c.prepareStatement("INSERT INTO erasure_in_progress (contact_id) VALUES (?)")) {
            mark.setLong(1, contactId);
            mark.executeUpdate();
        }
        StringBuilder fields = new StringBuilder();
        for (String f : PERSONAL_FIELDS) {
            fields.append(fields.length() == 0 ? "" : ",").append('\'').append(f).append('\'');
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE audit_change SET
                       old_value = CASE WHEN old_value IS NULL THEN NULL ELSE ? END,
                       new_value = CASE WHEN new_value IS NULL THEN NULL ELSE ? END
                 WHERE field IN (%s)
                   AND entry_id IN (SELECT id FROM audit_entry WHERE entity = 'contact' AND entity_id = ?)"""
                .formatted(fields))) {
            ps.setString(1, ERASED);
            ps.setString(2, ERASED);
            ps.setLong(3, contactId);
            ps.executeUpdate();
        }
        try (PreparedStatement unmark = c.prepareStatement("DELETE FROM erasure_in_progress WHERE contact_id = ?")) {
            unmark.setLong(1, contactId);
            unmark.executeUpdate();
        }
        audit.record(c, actor.name(), clock.instant(), "contact", contactId, AuditAction.UPDATE,
                List.of(new FieldChange("erased_at", null, now)));
        return true;
    }

    /**
     * Rewrites the file without free pages and truncates the write-ahead log, so erased values
     * do not linger in unused pages. Must run outside a transaction.
     */
    public void compact(Connection c) throws SQLException {
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            // the server reuses dead tuples' space under autovacuum; a VACUUM FULL would lock the
            // shared tables for everyone, so erasure there relies on the server's own routine
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
