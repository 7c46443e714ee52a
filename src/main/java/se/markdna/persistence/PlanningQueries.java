package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.QuarterKits;

/** Aggregates the planning views need, computed in SQL. */
public final class PlanningQueries {

    public List<DistrictCoverage> districtCoverage(Connection c) throws SQLException {
        String sql = """
                SELECT d.id, d.name, d.households,
                       COALESCE((SELECT SUM(k.kits_handed_out) FROM kit_distribution k
                                   JOIN property p ON p.id = k.property_id WHERE p.district_id = d.id), 0),
                       (SELECT COUNT(*) FROM property p WHERE p.district_id = d.id),
                       (SELECT COUNT(*) FROM sprayer s JOIN property p ON p.id = s.property_id
                         WHERE p.district_id = d.id AND s.status <> 'REMOVED'),
                       d.safety_index, d.burglaries_12m, d.priority, d.latitude, d.longitude
                  FROM district d ORDER BY d.name""";
        List<DistrictCoverage> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new DistrictCoverage(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getInt(5), rs.getInt(6), Sql.doubleOrNull(rs, "safety_index"), rs.getInt(8),
                        rs.getInt(9) != 0, Sql.doubleOrNull(rs, "latitude"), Sql.doubleOrNull(rs, "longitude")));
            }
        }
        return rows;
    }

    /** Kits handed out per calendar quarter ("2024-Q3"), oldest first; quarters without kits are absent. */
    public List<QuarterKits> kitsPerQuarter(Connection c) throws SQLException {
        String sql = """
                SELECT substr(date, 1, 4) AS yr, (CAST(substr(date, 6, 2) AS INTEGER) + 2) / 3 AS q,
                       SUM(kits_handed_out)
                  FROM kit_distribution
                 WHERE length(date) >= 7
                 GROUP BY yr, q ORDER BY yr, q""";
        List<QuarterKits> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new QuarterKits(rs.getString(1) + "-Q" + rs.getInt(2), rs.getLong(3)));
            }
        }
        return rows;
    }

    /** Kits handed out in one quarter, e.g. ("2024-Q3", 420). */
}
