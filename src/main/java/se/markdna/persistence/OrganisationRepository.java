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
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationType;

public final class OrganisationRepository extends CrudRepository<Organisation> {

    public OrganisationRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "organisation";
    }

    @Override
    protected Map<String, Object> columns(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org_number", o.organisationNumber());
        m.put("name", o.name());
        m.put("type", o.type());
        return m;
    }

    @Override
    protected Organisation map(ResultSet rs) throws SQLException {
        return new Organisation(meta(rs), rs.getString("org_number"), rs.getString("name"),
                Sql.enumOf(OrganisationType.class, rs, "type"));
    }

    @Override
    protected Organisation withMeta(Organisation entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    public Optional<Organisation> findByNumber(Connection c, String orgNumber) throws SQLException {
        return queryOne(c, "SELECT * FROM organisation WHERE org_number = ?", orgNumber);
    }

    @Override
    public List<Organisation> findAll(Connection c) throws SQLException {
        return query(c, "SELECT * FROM organisation ORDER BY name");
    }
}
