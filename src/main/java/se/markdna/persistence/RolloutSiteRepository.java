package se.markdna.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;

public final class RolloutSiteRepository extends CrudRepository<RolloutSite> {

    public RolloutSiteRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "rollout_site";
    }

    @Override
    protected Map<String, Object> columns(RolloutSite s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("district_id", s.districtId());
        m.put("address", s.address());
        m.put("latitude", s.latitude());
        m.put("longitude", s.longitude());
        m.put("site_type", s.siteType());
        m.put("dwellings", s.dwellings());
        m.put("organisation_id", s.organisationId());
        m.put("reason", s.reason());
        m.put("burglaries_12m", s.burglaries12Months());
        m.put("planned_kits", s.plannedKits());
        m.put("planned_sprayers", s.plannedSprayers());
        m.put("planned_signs", s.plannedSigns());
        m.put("planned_quarter", s.plannedQuarter());
        m.put("status", s.status());
        m.put("status_reason", s.statusReason());
        m.put("responsible", s.responsible());
        m.put("property_id", s.propertyId());
        m.put("notes", s.notes());
        return m;
    }

    @Override
    protected RolloutSite map(ResultSet rs) throws SQLException {
        return new RolloutSite(meta(rs), rs.getString("name"), Sql.longOrNull(rs, "district_id"),
                rs.getString("address"), Sql.doubleOrNull(rs, "latitude"), Sql.doubleOrNull(rs, "longitude"),
                Sql.enumOf(BuildingType.class, rs, "site_type"), rs.getInt("dwellings"),
                Sql.longOrNull(rs, "organisation_id"), rs.getString("reason"), rs.getInt("burglaries_12m"),
                rs.getInt("planned_kits"), rs.getInt("planned_sprayers"), rs.getInt("planned_signs"),
                rs.getString("planned_quarter"), Sql.enumOf(SiteStatus.class, rs, "status"),
                rs.getString("status_reason"), rs.getString("responsible"), Sql.longOrNull(rs, "property_id"),
                rs.getString("notes"));
    }

    @Override
    protected RolloutSite withMeta(RolloutSite entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    public Optional<RolloutSite> findByKey(Connection c, String name, long districtId) throws SQLException {
        return queryOne(c, "SELECT * FROM rollout_site WHERE name = ? AND district_id = ?", name, districtId);
    }
}
