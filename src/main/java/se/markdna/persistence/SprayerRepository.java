package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerFigures;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;

/**
 * Sprayers. Besides the fields a user edits, each row carries figures derived by the domain rules
 * (next service, cartridge expiry, last refill, triggered), kept current by the service layer so
 * that due lists are indexed queries.
 */
public final class SprayerRepository extends CrudRepository<Sprayer> {

    public SprayerRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "sprayer";
    }

    @Override
    protected Map<String, Object> columns(Sprayer s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("property_id", s.propertyId());
        m.put("placement", s.placement());
        m.put("location", s.location());
        m.put("make", s.make());
        m.put("model", s.model());
        m.put("serial", s.serial());
        m.put("solution_code", s.solutionCode());
        m.put("trigger_kind", s.trigger());
        m.put("installed_on", s.installedOn());
        m.put("installer", s.installer());
        m.put("cartridge_filled_on", s.cartridgeFilledOn());
        m.put("service_interval_months", s.serviceIntervalMonths());
        m.put("last_service_on", s.lastServiceOn());
        m.put("warning_sign", s.warningSign());
        m.put("status", s.status() == null ? null : s.status().stored());
        m.put("notes", s.notes());
        return m;
    }

    @Override
    protected Sprayer map(ResultSet rs) throws SQLException {
        return new Sprayer(meta(rs), rs.getLong("property_id"), Sql.enumOf(Placement.class, rs, "placement"),
                rs.getString("location"), rs.getString("make"), rs.getString("model"), rs.getString("serial"),
                rs.getString("solution_code"), Sql.enumOf(Trigger.class, rs, "trigger_kind"),
                Sql.date(rs, "installed_on"), rs.getString("installer"), Sql.date(rs, "cartridge_filled_on"),
                rs.getInt("service_interval_months"), Sql.date(rs, "last_service_on"), Sql.bool(rs, "warning_sign"),
                Sql.enumOf(SprayerStatus.class, rs, "status"), rs.getString("notes"));
    }

    @Override
    protected Sprayer withMeta(Sprayer entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    public SprayerFigures derived(ResultSet rs) throws SQLException {
        return new SprayerFigures(Sql.date(rs, "next_service_on"), Sql.date(rs, "cartridge_expires_on"),
                Sql.date(rs, "last_refill_on"), Sql.bool(rs, "triggered"));
    }

    /** Stores derived figures; they are not user edits, so no version bump and no audit entry. */
    public void storeDerived(Connection c, long sprayerId, SprayerFigures d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE sprayer SET next_service_on = ?, cartridge_expires_on = ?, last_refill_on = ?, triggered = ?
                 WHERE id = ?""")) {
            Sql.bind(ps, 1, d.nextService());
            Sql.bind(ps, 2, d.cartridgeExpires());
            Sql.bind(ps, 3, d.lastRefill());
            Sql.bind(ps, 4, d.triggered());
            ps.setLong(5, sprayerId);
            ps.executeUpdate();
        }
    }

    public Optional<SprayerFigures> findDerived(Connection c, long sprayerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sprayer WHERE id = ?")) {
            ps.setLong(1, sprayerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(derived(rs)) : Optional.empty();
            }
        }
    }

    /** Every sprayer's id and serial, without reading the rest of the rows (import lookups). */
    public void forEachSerial(Connection c, IdKeyConsumer each) throws SQLException {
        forEachIdAnd(c, "SELECT id, serial FROM sprayer", each);
    }

    /** Every sprayer's id and solution code (import lookups). */
    public void forEachSolutionCode(Connection c, IdKeyConsumer each) throws SQLException {
        forEachIdAnd(c, "SELECT id, solution_code FROM sprayer", each);
    }

    public Optional<Sprayer> findBySerial(Connection c, String serial) throws SQLException {
        return queryOne(c, "SELECT * FROM sprayer WHERE serial = ?", serial);
    }

    public Optional<Sprayer> findBySolutionCode(Connection c, String code) throws SQLException {
        return queryOne(c, "SELECT * FROM sprayer WHERE solution_code = ?", code);
    }

    public List<Sprayer> findByProperty(Connection c, long propertyId) throws SQLException {
        return query(c, "SELECT * FROM sprayer WHERE property_id = ? ORDER BY serial", propertyId);
    }
}
