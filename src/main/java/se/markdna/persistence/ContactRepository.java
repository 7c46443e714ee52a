package se.markdna.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.Contact;

public final class ContactRepository extends CrudRepository<Contact> {

    public ContactRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "contact";
    }

    @Override
    protected Map<String, Object> columns(Contact ct) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation_id", ct.organisationId());
        m.put("name", ct.name());
        m.put("role", ct.role());
        m.put("phone", ct.phone());
        m.put("email", ct.email());
        m.put("retention_note", ct.retentionNote());
        return m;
    }

    @Override
    protected Contact map(ResultSet rs) throws SQLException {
        return new Contact(meta(rs), rs.getLong("organisation_id"), rs.getString("name"), rs.getString("role"),
                rs.getString("phone"), rs.getString("email"), rs.getString("retention_note"));
    }

    @Override
    protected Contact withMeta(Contact entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    public List<Contact> findByOrganisation(Connection c, long organisationId) throws SQLException {
        return query(c, "SELECT * FROM contact WHERE organisation_id = ? ORDER BY name", organisationId);
    }

    public Optional<Contact> findByName(Connection c, long organisationId, String name) throws SQLException {
        return queryOne(c, "SELECT * FROM contact WHERE organisation_id = ? AND name = ?", organisationId, name);
    }
}
