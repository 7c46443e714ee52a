package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.domain.sprayer.Trigger;

/**
 * The read side of the registers: whole tables for the UI in one query each, and the Service due
 * list as an indexed query on the stored derived dates rather than a scan over every event.
 */
public final class RegisterQueries {

    private static final String PROPERTY_SELECT = """
            SELECT p.id, p.version, p.designation, p.name, p.street_address, p.postal_code, p.post_town,
                   p.district_id, d.name AS district_name, p.organisation_id, o.name AS organisation_name,
                   o.org_number, p.building_type, p.dwellings, COALESCE(k.handed_out, 0) AS handed_out,
                   p.signs, p.stickers, p.neighbourhood_watch, p.programme_phase, p.status, k.first_date,
                   p.latitude, p.longitude
              FROM property p
              LEFT JOIN district d ON d.id = p.district_id
              LEFT JOIN organisation o ON o.id = p.organisation_id
              LEFT JOIN (SELECT property_id, SUM(kits_handed_out) AS handed_out, MIN(date) AS first_date
                           FROM kit_distribution GROUP BY property_id) k ON k.property_id = p.id
            """;

    private static final String SPRAYER_SELECT = """
            SELECT s.id, s.version, s.property_id, p.designation, p.name AS property_name, p.street_address,
                   p.postal_code, p.post_town, d.name AS district_name, s.placement, s.location, s.make, s.model,
                   s.serial, s.solution_code, s.trigger_kind, s.installed_on, s.last_service_on,
                   s.next_service_on, s.cartridge_expires_on, s.triggered, s.status, p.latitude, p.longitude
              FROM sprayer s
              JOIN property p ON p.id = s.property_id
              LEFT JOIN district d ON d.id = p.district_id
            """;

    /** The ids on the Service due list; parameters: the end of the horizon, then today. */
    static final String DUE_SPRAYER_IDS = "SELECT id FROM sprayer WHERE status = 'ACTIVE' AND next_service_on <= ?"
            + " UNION ALL SELECT id FROM sprayer WHERE status = 'ACTIVE' AND cartridge_expires_on < ?"
            + " UNION ALL SELECT id FROM sprayer WHERE status = 'ACTIVE' AND triggered = 1";

    /**
     * The Service due list; parameters: the end of the horizon, then today. UNION ALL, not UNION:
     * the IN list ignores duplicates anyway, and SQLite 3.54 plans UNION as a merge of two full
     * scans of the sprayer table (in id order) instead of searches of the partial indexes.
     */
    static final String SERVICE_DUE = """
        SELECT s.id, s.property_id, p.designation, p.name, p.street_address, p.postal_code, p.post_town,
               d.name, s.placement, s.location, s.make, s.model, s.serial, s.next_service_on,
               s.cartridge_expires_on, s.triggered, s.status
          FROM sprayer s
          JOIN property p ON p.id = s.property_id
          LEFT JOIN district d ON d.id = p.district_id
         WHERE s.id IN (%s)
         ORDER BY CASE WHEN COALESCE(s.next_service_on, '9999-12-31') < COALESCE(s.cartridge_expires_on, '9999-12-31')
                          THEN COALESCE(s.next_service_on, '9999-12-31') ELSE COALESCE(s.cartridge_expires_on, '9999-12-31') END,
                  p.designation, s.serial
        """.formatted(DUE_SPRAYER_IDS);

    public List<PropertySummary> properties(Connection c) throws SQLException {
        List<PropertySummary> rows = new ArrayList<>();
        streamProperties(c, rows::add);
        return rows;
    }

    public void streamProperties(Connection c, Consumer<PropertySummary> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PROPERTY_SELECT + " ORDER BY p.designation")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(property(rs));
                }
            }
        }
    }

    public PropertySummary property(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PROPERTY_SELECT + " WHERE p.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? property(rs) : null;
            }
        }
    }

    private static PropertySummary property(ResultSet rs) throws SQLException {
        return new PropertySummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Sql.longOrNull(rs, "district_id"), rs.getString(9),
                Sql.longOrNull(rs, "organisation_id"), rs.getString(11), rs.getString(12),
                Sql.enumOf(BuildingType.class, rs, "building_type"), rs.getInt(14), rs.getInt(15), rs.getInt(16),
                rs.getInt(17), rs.getInt(18) != 0, rs.getString(19), Sql.enumOf(PropertyStatus.class, rs, "status"),
                Sql.date(rs, "first_date"), Sql.doubleOrNull(rs, "latitude"), Sql.doubleOrNull(rs, "longitude"));
    }

    public List<SprayerSummary> sprayers(Connection c) throws SQLException {
        return sprayerQuery(c, SPRAYER_SELECT + " ORDER BY s.serial");
    }

    public List<SprayerSummary> sprayersOfProperty(Connection c, long propertyId) throws SQLException {
        return sprayerQuery(c, SPRAYER_SELECT + " WHERE s.property_id = ? ORDER BY s.serial", propertyId);
    }

    public SprayerSummary sprayer(Connection c, long id) throws SQLException {
        List<SprayerSummary> rows = sprayerQuery(c, SPRAYER_SELECT + " WHERE s.id = ?", id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Active sprayers that are overdue or due within the horizon, have an expired cartridge, or are
     * triggered, in due-date order. Each condition is served by its own partial index (the three
     * index searches are united into a list of ids, then each sprayer and its property is read
     * by rowid); a single {@code WHERE ... OR ...} would scan the whole table instead.
     * <p>
     * Only what the work list shows and sorts by is read: with tens of thousands of due sprayers
     * the per-column reads dominate, so the summaries carry no version, solution code, trigger,
     * installation or last service date, or position (0 or null). Read a sprayer's full summary
     * with {@link #sprayer} before editing it.
     */
    public List<SprayerSummary> serviceDue(Connection c, LocalDate today, int horizonDays) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SERVICE_DUE)) {
            Sql.bind(ps, 1, today.plusDays(horizonDays));
            Sql.bind(ps, 2, today);
            ps.setFetchSize(1000);
            List<SprayerSummary> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SprayerSummary(rs.getLong(1), 0, rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            enumAt(Placement.class, rs, 9), rs.getString(10), rs.getString(11), rs.getString(12),
                            rs.getString(13), null, null, null, null, dateAt(rs, 14), dateAt(rs, 15),
                            rs.getInt(16) != 0, enumAt(SprayerStatus.class, rs, 17), null, null));
                }
            }
            return rows;
        }
    }

    private static LocalDate dateAt(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    private static <E extends Enum<E>> E enumAt(Class<E> type, ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static List<SprayerSummary> sprayerQuery(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Sql.bind(ps, i + 1, args[i]);
            }
            ps.setFetchSize(1000);
            List<SprayerSummary> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SprayerSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            Sql.enumOf(Placement.class, rs, "placement"), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), rs.getString(15),
                            Sql.enumOf(Trigger.class, rs, "trigger_kind"), Sql.date(rs, "installed_on"),
                            Sql.date(rs, "last_service_on"), Sql.date(rs, "next_service_on"),
                            Sql.date(rs, "cartridge_expires_on"), rs.getInt(21) != 0,
                            Sql.enumOf(SprayerStatus.class, rs, "status"), Sql.doubleOrNull(rs, "latitude"),
                            Sql.doubleOrNull(rs, "longitude")));
                }
            }
            return rows;
        }
    }
}
