package se.markdna.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.MainArea;

public final class DistrictRepository extends CrudRepository<District> {

    public DistrictRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "district";
    }

    @Override
    protected Map<String, Object> columns(District d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("main_area", d.mainArea());
        m.put("kind", d.kind());
        m.put("households", d.households());
        m.put("latitude", d.latitude());
        m.put("longitude", d.longitude());
        m.put("safety_index", d.safetyIndex());
        m.put("burglaries_12m", d.burglaries12Months());
        m.put("priority", d.priority());
        m.put("priority_reason", d.priorityReason());
        return m;
    }

    @Override
    protected District map(ResultSet rs) throws SQLException {
        return new District(meta(rs), rs.getString("name"), Sql.enumOf(MainArea.class, rs, "main_area"),
                Sql.enumOf(DistrictKind.class, rs, "kind"), rs.getInt("households"), Sql.doubleOrNull(rs, "latitude"),
                Sql.doubleOrNull(rs, "longitude"), Sql.doubleOrNull(rs, "safety_index"), rs.getInt("burglaries_12m"),
                Sql.bool(rs, "priority"), rs.getString("priority_reason"));
    }

    @Override
    protected District withMeta(District entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    public Optional<District> findByName(Connection c, String name) throws SQLException {
        return queryOne(c, "SELECT * FROM district WHERE name = ?", name);
    }

    @Override
    public java.util.List<District> findAll(Connection c) throws SQLException {
        return query(c, "SELECT * FROM district ORDER BY name");
    }
}
