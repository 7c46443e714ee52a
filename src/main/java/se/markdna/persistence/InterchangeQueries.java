package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.OrganisationType;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;

/**
 * Streaming SELECTs for the export: one row at a time, in the column order of the interchange
 * format (DOMAIN.md), references written as what a user recognises (district name, organisation
 * number, property designation, sprayer serial). Values are typed: String, Integer, Double,
 * BigDecimal, LocalDate, Boolean or a domain enum; derived figures the database stores come along
 * (kits handed out per property, next service and cartridge expiry per sprayer); the caller adds
 * what needs settings (coverage, cost, priority).
 */
public final class InterchangeQueries {

    private static final int FETCH = 500;

    /** Receives one row; {@code id} is the record's id (for joining figures computed elsewhere). */
    @FunctionalInterface
    public interface RowSink {
        void row(long id, Object[] values) throws SQLException;
    }

    /** Name · main area · kind · households · lat · long · safety index · burglaries · priority · reason. */
    public long districts(Connection c, RowSink sink) throws SQLException {
        return stream(c, """
                SELECT id, name, main_area, kind, households, latitude, longitude, safety_index, burglaries_12m,
                       priority, priority_reason
                  FROM district ORDER BY name""", rs -> new Object[] {
                    rs.getString("name"), Sql.enumOf(MainArea.class, rs, "main_area"),
                    Sql.enumOf(DistrictKind.class, rs, "kind"), rs.getInt("households"),
                    Sql.doubleOrNull(rs, "latitude"), Sql.doubleOrNull(rs, "longitude"),
                    Sql.doubleOrNull(rs, "safety_index"), rs.getInt("burglaries_12m"), Sql.bool(rs, "priority"),
                    rs.getString("priority_reason")}, sink);
    }

    /** Organisation number · name · type. */
    public long organisations(Connection c, RowSink sink) throws SQLException {
        return stream(c, "SELECT id, org_number, name, type FROM organisation ORDER BY org_number",
                rs -> new Object[] {rs.getString("org_number"), rs.getString("name"),
                    Sql.enumOf(OrganisationType.class, rs, "type")}, sink);
    }

    /** Organisation number · name · role · phone · email. */
    public long contacts(Connection c, RowSink sink) throws SQLException {
        return stream(c, """
                SELECT ct.id, o.org_number, ct.name, ct.role, ct.phone, ct.email
                  FROM contact ct JOIN organisation o ON o.id = ct.organisation_id
                 ORDER BY o.org_number, ct.name""", rs -> new Object[] {rs.getString("org_number"),
                    rs.getString("name"), rs.getString("role"), rs.getString("phone"), rs.getString("email")}, sink);
    }

    /**
     * The property columns up to notes, then kits handed out (sum over its distributions); the
     * caller computes coverage from kits and dwellings.
     */
    public long properties(Connection c, RowSink sink) throws SQLException {
        return stream(c, """
                SELECT p.id, p.designation, p.name, p.street_address, p.postal_code, p.post_town,
                       d.name AS district_name, o.org_number, ct.name AS contact_name, p.latitude, p.longitude,
                       p.building_type, p.dwellings, p.signs, p.stickers, p.neighbourhood_watch, p.programme_phase,
                       p.status, p.notes,
                       COALESCE((SELECT SUM(k.kits_handed_out) FROM kit_distribution k WHERE k.property_id = p.id), 0)
                           AS handed_out
                  FROM property p
                  LEFT JOIN district d ON d.id = p.district_id
                  LEFT JOIN organisation o ON o.id = p.organisation_id
                  LEFT JOIN contact ct ON ct.id = p.contact_id
                 ORDER BY p.designation""", rs -> new Object[] {rs.getString("designation"),
                    rs.getString("name"), rs.getString("street_address"), rs.getString("postal_code"),
                    rs.getString("post_town"), rs.getString("district_name"), rs.getString("org_number"),
                    rs.getString("contact_name"), Sql.doubleOrNull(rs, "latitude"), Sql.doubleOrNull(rs, "longitude"),
                    Sql.enumOf(BuildingType.class, rs, "building_type"), rs.getInt("dwellings"), rs.getInt("signs"),
                    rs.getInt("stickers"), Sql.bool(rs, "neighbourhood_watch"), rs.getString("programme_phase"),
                    Sql.enumOf(PropertyStatus.class, rs, "status"), rs.getString("notes"), rs.getLong("handed_out")},
                sink);
    }

    /** Designation · date · supplier · delivered · handed out · registered · codes · expires. */
    public long kitDistributions(Connection c, RowSink sink) throws SQLException {
        return stream(c, """
                SELECT k.id, p.designation, k.date, k.supplier, k.kits_delivered, k.kits_handed_out,
                       k.kits_registered, k.codes, k.expires
                  FROM kit_distribution k JOIN property p ON p.id = k.property_id
                 ORDER BY p.designation, k.date, k.supplier""", rs -> new Object[] {rs.getString("designation"),
                    Sql.date(rs, "date"), rs.getString("supplier"), rs.getInt("kits_delivered"),
                    rs.getInt("kits_handed_out"), Sql.intOrNull(rs, "kits_registered"), rs.getString("codes"),
                    Sql.date(rs, "expires")}, sink);
    }

    /** The sprayer columns, then the stored next service and cartridge expiry. */
    public long sprayers(Connection c, RowSink sink) throws SQLException {
        return stream(c, """
                SELECT s.id, s.serial, p.designation, s.placement, s.location, s.make, s.model, s.solution_code,
                       s.trigger_kind, s.installed_on, s.installer, s.cartridge_filled_on, s.service_interval_months,
                       s.last_service_on, s.warning_sign, s.status, s.notes, s.next_service_on, s.cartridge_expires_on
                  FROM sprayer s JOIN property p ON p.id = s.property_id
                 ORDER BY s.serial""", rs -> new Object[] {rs.getString("serial"), rs.getString("designation"),
                    Sql.enumOf(Placement.class, rs, "placement"), rs.getString("location"), rs.getString("make"),
                    rs.getString("model"), rs.getString("solution_code"), Sql.enumOf(Trigger.class, rs, "trigger_kind"),
                    Sql.date(rs, "installed_on"), rs.getString("installer"), Sql.date(rs, "cartridge_filled_on"),
                    rs.getInt("service_interval_months"), Sql.date(rs, "last_service_on"), Sql.bool(rs, "warning_sign"),
                    Sql.enumOf(SprayerStatus.class, rs, "status"), rs.getString("notes"),
                    Sql.date(rs, "next_service_on"), Sql.date(rs, "cartridge_expires_on")}, sink);
    }

    /** Serial · date · event · police case number · cost · note. */
    public long sprayerEvents(Connection c, RowSink sink) throws SQLException {
        return stream(c, """
                SELECT e.id, s.serial, e.date, e.kind, e.police_case_number, e.cost, e.note
                  FROM sprayer_event e JOIN sprayer s ON s.id = e.sprayer_id
                 ORDER BY s.serial, e.date, e.kind""", rs -> new Object[] {rs.getString("serial"),
                    Sql.date(rs, "date"), Sql.enumOf(EventKind.class, rs, "kind"), rs.getString("police_case_number"),
                    Sql.decimal(rs, "cost"), rs.getString("note")}, sink);
    }

    /** The rollout site columns up to notes; the caller adds cost and priority score. */
    public long rolloutSites(Connection c, RowSink sink) throws SQLException {
        return stream(c, """
                SELECT r.id, r.name, d.name AS district_name, r.address, r.latitude, r.longitude, r.site_type,
                       r.dwellings, o.org_number, r.reason, r.burglaries_12m, r.planned_kits, r.planned_sprayers,
                       r.planned_signs, r.planned_quarter, r.status, r.responsible, r.notes
                  FROM rollout_site r
                  JOIN district d ON d.id = r.district_id
                  LEFT JOIN organisation o ON o.id = r.organisation_id
                 ORDER BY d.name, r.name""", rs -> new Object[] {rs.getString("name"), rs.getString("district_name"),
                    rs.getString("address"), Sql.doubleOrNull(rs, "latitude"), Sql.doubleOrNull(rs, "longitude"),
                    Sql.enumOf(BuildingType.class, rs, "site_type"), rs.getInt("dwellings"), rs.getString("org_number"),
                    rs.getString("reason"), rs.getInt("burglaries_12m"), rs.getInt("planned_kits"),
                    rs.getInt("planned_sprayers"), rs.getInt("planned_signs"), rs.getString("planned_quarter"),
                    Sql.enumOf(SiteStatus.class, rs, "status"), rs.getString("responsible"), rs.getString("notes")},
                sink);
    }

    /**
     * The Service due work list: active sprayers overdue or due within the horizon, with an expired
     * cartridge, or triggered. Columns: designation · property name · street address · district ·
     * serial · placement · location · next service · cartridge expires · triggered (Boolean) ·
     * stored status.
     */
    public long serviceDue(Connection c, LocalDate today, int horizonDays, RowSink sink) throws SQLException {
        String sql = """
                SELECT s.id, p.designation, p.name AS property_name, p.street_address, d.name AS district_name,
                       s.serial, s.placement, s.location, s.next_service_on, s.cartridge_expires_on, s.triggered,
                       s.status
                  FROM sprayer s
                  JOIN property p ON p.id = s.property_id
                  LEFT JOIN district d ON d.id = p.district_id
                 WHERE s.id IN (%s)
                 ORDER BY CASE WHEN COALESCE(s.next_service_on, '9999-12-31') < COALESCE(s.cartridge_expires_on, '9999-12-31')
                          THEN COALESCE(s.next_service_on, '9999-12-31') ELSE COALESCE(s.cartridge_expires_on, '9999-12-31') END,
                          p.designation, s.serial""".formatted(RegisterQueries.DUE_SPRAYER_IDS);
        return stream(c, sql, rs -> new Object[] {rs.getString("designation"), rs.getString("property_name"),
            rs.getString("street_address"), rs.getString("district_name"), rs.getString("serial"),
            Sql.enumOf(Placement.class, rs, "placement"), rs.getString("location"), Sql.date(rs, "next_service_on"),
            Sql.date(rs, "cartridge_expires_on"), Sql.bool(rs, "triggered"),
            Sql.enumOf(SprayerStatus.class, rs, "status")}, sink, today.plusDays(horizonDays), today);
    }

    /** District names in name order, for the template's dropdowns. */
    public java.util.List<String> districtNames(Connection c) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM district ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @FunctionalInterface
    private interface RowMapper {
        Object[] map(ResultSet rs) throws SQLException;
    }

    private static long stream(Connection c, String sql, RowMapper mapper, RowSink sink, Object... args)
            throws SQLException {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Sql.bind(ps, i + 1, args[i]);
            }
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.row(rs.getLong(1), mapper.map(rs));
                    n++;
                }
            }
        }
        return n;
    }
}
