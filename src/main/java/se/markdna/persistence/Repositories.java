package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All repositories over one database, wired once. */
public final class Repositories {

    public final AuditRepository audit;
    public final DistrictRepository districts;
    public final OrganisationRepository organisations;
    public final ContactRepository contacts;
    public final PropertyRepository properties;
    public final KitDistributionRepository kitDistributions;
    public final SprayerRepository sprayers;
    public final SprayerEventRepository sprayerEvents;
    public final RolloutSiteRepository rolloutSites;
    public final SettingsRepository settings;

    public Repositories(Actor actor, Clock clock) {
        audit = new AuditRepository();
        districts = new DistrictRepository(audit, actor, clock);
        organisations = new OrganisationRepository(audit, actor, clock);
        contacts = new ContactRepository(audit, actor, clock);
        properties = new PropertyRepository(audit, actor, clock);
        kitDistributions = new KitDistributionRepository(audit, actor, clock);
        sprayers = new SprayerRepository(audit, actor, clock);
        sprayerEvents = new SprayerEventRepository(audit, actor, clock);
        rolloutSites = new RolloutSiteRepository(audit, actor, clock);
        settings = new SettingsRepository(audit, actor, clock);
    }

    /** Row counts per table, in the order the {@code check} command prints them. */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("properties:property", "sprayers:sprayer", "districts:district",
                "organisations:organisation", "contacts:contact", "kit_distributions:kit_distribution",
                "sprayer_events:sprayer_event", "rollout_sites:rollout_site", "audit_entries:audit_entry")) {
            String[] parts = table.split(":");
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + parts[1]);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                counts.put(parts[0], rs.getLong(1));
            }
        }
        return counts;
    }

    /** SQLite's integrity and foreign-key checks; an empty list means healthy. */
    public static List<String> integrityProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (Dialect.of(c) == Dialect.POSTGRESQL) {
            // the server enforces foreign keys itself and checks its own pages; what can still be
            // wrong is that the structure is not the application's (checked at connect)
            return problems;
        }
        try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
            }
        }
        return problems;
    }
}
