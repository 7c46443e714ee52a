package se.markdna.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;

public final class PropertyRepository extends CrudRepository<Property> {

    public PropertyRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "property";
    }

    @Override
    protected Map<String, Object> columns(Property p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("designation", p.designation());
        m.put("name", p.name());
        m.put("street_address", p.streetAddress());
        m.put("postal_code", p.postalCode());
        m.put("post_town", p.postTown());
        m.put("district_id", p.districtId());
        m.put("organisation_id", p.organisationId());
        m.put("contact_id", p.contactId());
        m.put("latitude", p.latitude());
        m.put("longitude", p.longitude());
        m.put("building_type", p.buildingType());
        m.put("dwellings", p.dwellings());
        m.put("signs", p.signs());
        m.put("stickers", p.stickers());
        m.put("neighbourhood_watch", p.neighbourhoodWatch());
        m.put("programme_phase", p.programmePhase());
        m.put("status", p.status());
        m.put("notes", p.notes());
        return m;
    }

    @Override
    protected Property map(ResultSet rs) throws SQLException {
        return new Property(meta(rs), rs.getString("designation"), rs.getString("name"),
                rs.getString("street_address"), rs.getString("postal_code"), rs.getString("post_town"),
                Sql.longOrNull(rs, "district_id"), Sql.longOrNull(rs, "organisation_id"),
                Sql.longOrNull(rs, "contact_id"), Sql.doubleOrNull(rs, "latitude"), Sql.doubleOrNull(rs, "longitude"),
                Sql.enumOf(BuildingType.class, rs, "building_type"), rs.getInt("dwellings"), rs.getInt("signs"),
                rs.getInt("stickers"), Sql.bool(rs, "neighbourhood_watch"), rs.getString("programme_phase"),
                Sql.enumOf(PropertyStatus.class, rs, "status"), rs.getString("notes"));
    }

    @Override
    protected Property withMeta(Property entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    /** Every property's id and designation, without reading the rest of the rows (import lookups). */
    public void forEachDesignation(Connection c, IdKeyConsumer each) throws SQLException {
        forEachIdAnd(c, "SELECT id, designation FROM property", each);
    }

    public Optional<Property> findByDesignation(Connection c, String designation) throws SQLException {
        return queryOne(c, "SELECT * FROM property WHERE designation = ?", designation);
    }
}
