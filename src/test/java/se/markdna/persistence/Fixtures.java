package se.markdna.persistence;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationType;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;

/** Builders and a database over a temp folder for the persistence tests. */
final class Fixtures {

    static final String ACTOR = "test-handläggare";
    static final Instant NOW = Instant.parse("2025-06-15T08:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));

    private Fixtures() {
    }

    static Database open(Path dir) {
        return Database.open(dir.resolve("register.db"));
    }

    /** An empty register of the dialect (see {@link TestDatabases}). */
    static Database open(Dialect dialect, Path dir) {
        return TestDatabases.open(dialect, dir);
    }

    static Repositories repos() {
        return new Repositories(() -> ACTOR, CLOCK);
    }

    static District district(String name) {
        return new District(RecordMeta.NEW, name, MainArea.BYARNA, DistrictKind.VILLAGE, 2956, 55.600, 13.400, 1.6,
                14, true, "östra kommundelarna");
    }

    static Organisation organisation(String number) {
        return new Organisation(RecordMeta.NEW, number, "Lunds Kommuns Fastighets AB", OrganisationType.MUNICIPAL_HOUSING);
    }

    static Contact contact(long organisationId, String name) {
        return new Contact(RecordMeta.NEW, organisationId, name, "Förvaltare", "070-1740605", "anna@example.org",
                null);
    }

    static Property property(String designation, long districtId, Long organisationId, Long contactId) {
        return new Property(RecordMeta.NEW, designation, "Genarp centrum", "Storgatan 3", "240 13", "Genarp",
                districtId, organisationId, contactId, 55.6001, 13.3998, BuildingType.BLOCK_OF_FLATS, 120, 4, 110, true,
                "Pilot 2019", PropertyStatus.ACTIVE, "Skyltar vid båda infarterna");
    }

    static KitDistribution kit(long propertyId, LocalDate date) {
        return new KitDistribution(RecordMeta.NEW, propertyId, date, "SelectaDNA", 60, 48, 30,
                "LU-2019-00421 – LU-2019-00480", date.plusMonths(12));
    }

    static Sprayer sprayer(long propertyId, String serial, String solutionCode) {
        return new Sprayer(RecordMeta.NEW, propertyId, Placement.BASEMENT, "Storgatan 3 UH", "SelectaDNA", "Intruder",
                serial, solutionCode, Trigger.DOOR_CONTACT, LocalDate.of(2024, 1, 31), "Lås & Larm AB",
                LocalDate.of(2024, 1, 20), 12, LocalDate.of(2025, 2, 3), true, SprayerStatus.ACTIVE, null);
    }

    static SprayerEvent event(long sprayerId, LocalDate date, EventKind kind) {
        return new SprayerEvent(RecordMeta.NEW, sprayerId, date, kind,
                kind == EventKind.ACTIVATED ? "5000-K123456-19" : null, new BigDecimal("1250.5"), "anteckning");
    }

    static RolloutSite site(String name, long districtId) {
        return new RolloutSite(RecordMeta.NEW, name, districtId, "Storgatan 1", 55.6, 13.4, BuildingType.VILLA_AREA, 250,
                null, "inbrottsvåg", 12, 100, 1, 4, "2027-Q1", SiteStatus.PROPOSED, null, "Trygghetssamordnare", null,
                "anteckning");
    }

    static long count(Database db, String table) {
        return db.read(c -> count(c, table));
    }

    static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int exec(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }
}
