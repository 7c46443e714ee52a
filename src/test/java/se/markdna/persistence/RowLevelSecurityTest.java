package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Row-level security on the shared PostgreSQL register (issue 10), against a real server: the
 * throwaway cluster of {@link TestDatabases#cluster()} (skipped without one, unless
 * MARKDNA_TEST_PG_REQUIRED=1). Works in a database of its own and logins with random names, which
 * it drops afterwards.
 */
class RowLevelSecurityTest {

    static final String NOW = "2026-01-01T00:00:00Z";
    static final String ORG_A = "556677-8899";
    static final String ORG_B = "556677-0001";
    static final String ORG_C = "556677-0002";
    static final List<String> SCOPED = List.of("property", "kit_distribution", "sprayer", "sprayer_event", "contact");
    static final SecureRandom RANDOM = new SecureRandom();

    static TestDatabases.Cluster cluster;
    static String database;
    static PGSimpleDataSource admin;
    static final Map<String, String> loginPasswords = new HashMap<>();
    static final List<String> createdRoles = new ArrayList<>();
    static String manager;
    static String office;
    static String reader;
    static String superuser;
    static String unassigned;

    static long district;
    static long orgA;
    static long orgB;
    static long orgC;
    /** per organisation ("A", "B", or "N" for the property without one) and table: the row's id */
    static final Map<String, Long> ids = new HashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        cluster = TestDatabases.cluster(); // skips, or fails when MARKDNA_TEST_PG_REQUIRED=1, without a server
        String suffix = suffix();
        database = "markdna_rls_" + suffix;
        try (Connection c = cluster.dataSource(cluster.admin.database()).getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
            manager = createLogin(s, "rls_manager_" + suffix, "");
            office = createLogin(s, "rls_office_" + suffix, "");
            reader = createLogin(s, "rls_reader_" + suffix, "");
            unassigned = createLogin(s, "rls_nobody_" + suffix, "");
            superuser = createLogin(s, "rls_super_" + suffix, " SUPERUSER");
        }
        admin = cluster.dataSource(database);
        PostgresSchema.setUp(admin);

        try (Connection c = admin.getConnection()) {
            district = insert(c, "INSERT INTO district (name, main_area, kind, created_at, updated_at)"
                    + " VALUES ('Veberöd', 'BYARNA', 'VILLAGE', ?, ?) RETURNING id", NOW, NOW);
            orgA = organisation(c, ORG_A, "Bostadsbolaget A");
            orgB = organisation(c, ORG_B, "Fastighets AB B");
            orgC = organisation(c, ORG_C, "Bostadsrättsföreningen C");
            records(c, "A", orgA);
            records(c, "B", orgB);
            records(c, "N", null);

            PostgresAccess.grantOrganisation(c, manager, ORG_A);
            PostgresAccess.grantSafetyOffice(c, office);
            PostgresAccess.grantReadOnly(c, reader);
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (cluster == null) {
            return;
        }
        try (Connection c = cluster.dataSource(cluster.admin.database()).getConnection();
                Statement s = c.createStatement()) {
            if (database != null) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            for (String role : createdRoles) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    // --- a property manager of organisation A

    @Test
    void managerSeesNoneOfTheOtherOrganisationsRows() throws SQLException {
        try (Connection m = login(manager); Connection a = admin.getConnection()) {
            for (String table : SCOPED) {
                assertThat(visible(m, table, ids.get("B:" + table))).as(table + " of B").isFalse();
                assertThat(visible(m, table, ids.get("A:" + table))).as(table + " of A").isTrue();
                assertThat(idsOf(m, table)).as("all of " + table + " the manager sees")
                        .isEqualTo(idsOfOrganisation(a, table, orgA));
            }
            assertThat(visible(m, "property", ids.get("N:property"))).as("property without organisation").isFalse();
            assertThat(count(m, "SELECT count(*) FROM property WHERE organisation_id = " + orgB)).isZero();
            // the shared tables are read by everyone
            assertThat(count(m, "SELECT count(*) FROM organisation")).isEqualTo(count(a, "SELECT count(*) FROM organisation"));
            assertThat(count(m, "SELECT count(*) FROM district")).isEqualTo(count(a, "SELECT count(*) FROM district"));
            // its own access, and nobody else's
            assertThat(count(m, "SELECT count(*) FROM organisation_access")).isEqualTo(1);
            assertThat(count(m, "SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isEqualTo(count(a, "SELECT count(*) FROM flyway_schema_history WHERE success")).isPositive();
        }
    }

    @Test
    void managersUpdatesAndDeletesOfTheOtherOrganisationsRowsAffectNothing() throws SQLException {
        try (Connection m = login(manager)) {
            for (String table : SCOPED) {
                long b = ids.get("B:" + table);
                assertThat(update(m, "UPDATE " + table + " SET version = version + 1 WHERE id = " + b)).as(table).isZero();
                assertThat(update(m, "UPDATE " + table + " SET version = version + 1")).as(table)
                        .isEqualTo(count(m, "SELECT count(*) FROM " + table));
                assertThat(update(m, "DELETE FROM " + table + " WHERE id = " + b)).as(table).isZero();
            }
            assertThat(update(m, "UPDATE property SET notes = 'x' WHERE id = " + ids.get("N:property"))).isZero();
        }
        try (Connection a = admin.getConnection()) {
            for (String table : SCOPED) {
                assertThat(count(a, "SELECT version FROM " + table + " WHERE id = " + ids.get("B:" + table)))
                        .as(table + " of B is untouched").isZero();
            }
        }
    }

    @Test
    void managerCannotCreateOrMoveRowsIntoTheOtherOrganisation() throws SQLException {
        try (Connection m = login(manager)) {
            assertRefused(m, propertySql(orgB, "B-new-" + suffix()));
            assertRefused(m, propertySql(null, "N-new-" + suffix()));
            assertRefused(m, sprayerSql(ids.get("B:property"), "S-" + suffix()));
            assertRefused(m, "INSERT INTO kit_distribution (property_id, date, supplier, created_at, updated_at)"
                    + " VALUES (" + ids.get("B:property") + ", '2026-02-02', 'Märk-DNA AB', '" + NOW + "', '" + NOW + "')");
            assertRefused(m, "INSERT INTO sprayer_event (sprayer_id, date, kind, created_at, updated_at)"
                    + " VALUES (" + ids.get("B:sprayer") + ", '2026-02-02', 'INSPECTED', '" + NOW + "', '" + NOW + "')");
            assertRefused(m, "INSERT INTO contact (organisation_id, name, created_at, updated_at)"
                    + " VALUES (" + orgB + ", 'Eva " + suffix() + "', '" + NOW + "', '" + NOW + "')");
            // moving its own rows to B
            assertRefused(m, "UPDATE property SET organisation_id = " + orgB + " WHERE id = " + ids.get("A:property"));
            assertRefused(m, "UPDATE sprayer SET property_id = " + ids.get("B:property") + " WHERE id = " + ids.get("A:sprayer"));
            assertRefused(m, "UPDATE contact SET organisation_id = " + orgB + " WHERE id = " + ids.get("A:contact"));
            // the shared tables are the office's
            assertRefused(m, "INSERT INTO organisation (org_number, name, type, created_at, updated_at)"
                    + " VALUES ('112233-4455', 'X', 'BUSINESS', '" + NOW + "', '" + NOW + "')");
            assertRefused(m, "UPDATE district SET households = 1");
            assertRefused(m, "DELETE FROM setting");
            assertRefused(m, "INSERT INTO organisation_access VALUES ('" + manager + "', " + orgB + ")");
            assertRefused(m, "SELECT count(*) FROM erasure_in_progress");
        }
    }

    @Test
    void managerCreatesAndEditsItsOwnRows() throws SQLException {
        try (Connection m = login(manager)) {
            long property = insert(m, propertySql(orgA, "A-new-" + suffix()) + " RETURNING id");
            long sprayer = insert(m, sprayerSql(property, "S-" + suffix()) + " RETURNING id");
            long event = insert(m, "INSERT INTO sprayer_event (sprayer_id, date, kind, created_at, updated_at)"
                    + " VALUES (?, '2026-02-02', 'INSTALLED', ?, ?) RETURNING id", sprayer, NOW, NOW);
            long kit = insert(m, "INSERT INTO kit_distribution (property_id, date, supplier, kits_delivered,"
                    + " created_at, updated_at) VALUES (?, '2026-02-02', 'Märk-DNA AB', 10, ?, ?) RETURNING id",
                    property, NOW, NOW);
            assertThat(update(m, "UPDATE property SET notes = 'checked', version = version + 1 WHERE id = " + property))
                    .isOne();
            assertThat(update(m, "UPDATE sprayer SET notes = 'checked' WHERE id = " + ids.get("A:sprayer"))).isOne();
            assertThat(update(m, "UPDATE contact SET phone = '046-123 45' WHERE id = " + ids.get("A:contact"))).isOne();
            assertThat(update(m, "DELETE FROM sprayer_event WHERE id = " + event)).isOne();
            assertThat(update(m, "DELETE FROM kit_distribution WHERE id = " + kit)).isOne();
            assertThat(update(m, "DELETE FROM property WHERE id = " + property)).isOne();
        }
    }

    // --- the safety office and the read-only role

    @Test
    void safetyOfficeSeesAndEditsEverything() throws SQLException {
        try (Connection o = login(office); Connection a = admin.getConnection()) {
            for (String table : SCOPED) {
                assertThat(idsOf(o, table)).as(table).isEqualTo(idsOf(a, table));
            }
            assertThat(visible(o, "property", ids.get("N:property"))).isTrue();
            assertThat(update(o, "UPDATE property SET notes = 'office' WHERE id = " + ids.get("B:property"))).isOne();
            assertThat(update(o, "UPDATE property SET notes = 'office' WHERE id = " + ids.get("N:property"))).isOne();
            long property = insert(o, propertySql(orgC, "C-new-" + suffix()) + " RETURNING id");
            assertThat(update(o, "DELETE FROM property WHERE id = " + property)).isOne();
            long organisation = insert(o, "INSERT INTO organisation (org_number, name, type, created_at, updated_at)"
                    + " VALUES ('998877-6655', 'Ny förening', 'HOUSING_COOP', ?, ?) RETURNING id", NOW, NOW);
            assertThat(update(o, "DELETE FROM organisation WHERE id = " + organisation)).isOne();
            assertThat(update(o, "UPDATE district SET version = version + 1 WHERE id = " + district)).isOne();
            assertThat(count(o, "SELECT count(*) FROM organisation_access")).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void readOnlyRoleSeesEverythingAndWritesNothing() throws SQLException {
        try (Connection r = login(reader); Connection a = admin.getConnection()) {
            for (String table : SCOPED) {
                assertThat(idsOf(r, table)).as(table).isEqualTo(idsOf(a, table));
            }
            assertThat(count(r, "SELECT count(*) FROM audit_entry")).isEqualTo(count(a, "SELECT count(*) FROM audit_entry"));
            for (String table : SCOPED) {
                assertRefused(r, "UPDATE " + table + " SET version = version + 1");
                assertRefused(r, "DELETE FROM " + table);
            }
            assertRefused(r, propertySql(orgA, "R-" + suffix()));
            assertRefused(r, sprayerSql(ids.get("A:property"), "R-" + suffix()));
            assertRefused(r, "INSERT INTO organisation (org_number, name, type, created_at, updated_at)"
                    + " VALUES ('112233-4455', 'X', 'BUSINESS', '" + NOW + "', '" + NOW + "')");
            assertRefused(r, "UPDATE district SET households = 1");
            assertRefused(r, "INSERT INTO setting (key, value, updated_at) VALUES ('k', 'v', '" + NOW + "')");
            assertRefused(r, "INSERT INTO audit_entry (at, who, entity, entity_id, action)"
                    + " VALUES ('" + NOW + "', 'x', 'property', 1, 'UPDATE')");
        }
    }

    @Test
    void aLoginWithoutAccessSeesAndWritesNothing() throws SQLException {
        try (Connection n = login(unassigned)) {
            assertRefused(n, "SELECT count(*) FROM property");
            assertRefused(n, propertySql(orgA, "X-" + suffix()));
        }
    }

    // --- the audit trail

    @Test
    void theAuditTrailNamesTheLoginWhateverTheClientWrites() throws SQLException {
        long entry;
        try (Connection m = login(manager)) {
            m.setAutoCommit(false);
            insert(m, "INSERT INTO audit_entry (at, who, entity, entity_id, action)"
                    + " VALUES (?, 'the safety office', 'property', ?, 'UPDATE') RETURNING id", NOW, ids.get("A:property"));
            // as the application attaches changes: to the newest entry it can see
            update(m, "INSERT INTO audit_change (entry_id, field, old_value, new_value)"
                    + " VALUES ((SELECT max(id) FROM audit_entry), 'notes', NULL, 'forged?')");
            m.commit();
            entry = count(m, "SELECT max(id) FROM audit_entry");
            assertThat(text(m, "SELECT who FROM audit_entry WHERE id = " + entry)).isEqualTo(manager);
            assertThat(count(m, "SELECT count(*) FROM audit_change WHERE entry_id = " + entry)).isOne();
            // a deleted record's trail is still attached to the manager's own entry
            long property = insert(m, propertySql(orgA, "A-gone-" + suffix()) + " RETURNING id");
            update(m, "DELETE FROM property WHERE id = " + property);
            insert(m, "INSERT INTO audit_entry (at, who, entity, entity_id, action)"
                    + " VALUES (?, 'x', 'property', ?, 'DELETE') RETURNING id", NOW, property);
            update(m, "INSERT INTO audit_change (entry_id, field, old_value, new_value)"
                    + " VALUES ((SELECT max(id) FROM audit_entry), 'designation', 'A-gone', NULL)");
            m.commit();
            assertRefused(m, "INSERT INTO audit_change (entry_id, field, old_value, new_value)"
                    + " VALUES (" + bAuditEntry() + ", 'notes', NULL, 'x')");
            m.rollback();
            assertRefused(m, "UPDATE audit_entry SET who = 'x' WHERE id = " + entry);
            m.rollback();
        }
        try (Connection a = admin.getConnection()) {
            long deleted = count(a, "SELECT max(id) FROM audit_entry");
            assertThat(text(a, "SELECT action FROM audit_entry WHERE id = " + deleted)).isEqualTo("DELETE");
            assertThat(text(a, "SELECT field FROM audit_change WHERE entry_id = " + deleted)).isEqualTo("designation");
        }
        try (Connection o = login(office)) {
            long other = insert(o, "INSERT INTO audit_entry (at, who, entity, entity_id, action)"
                    + " VALUES (?, ?, 'property', ?, 'UPDATE') RETURNING id", NOW, manager, ids.get("B:property"));
            assertThat(text(o, "SELECT who FROM audit_entry WHERE id = " + other)).isEqualTo(office);
            assertThatThrownBy(() -> update(o, "UPDATE audit_entry SET who = 'x' WHERE id = " + other))
                    .hasMessageContaining("audit entries cannot be changed");
            assertThatThrownBy(() -> update(o, "DELETE FROM audit_change"))
                    .hasMessageContaining("audit entries cannot be deleted");
        }
    }

    @Test
    void aManagerReadsTheTrailOfItsOwnRecordsOnly() throws SQLException {
        try (Connection m = login(manager); Connection r = login(reader)) {
            long b = bAuditEntry();
            assertThat(count(m, "SELECT count(*) FROM audit_entry WHERE id = " + b)).isZero();
            assertThat(count(m, "SELECT count(*) FROM audit_change WHERE entry_id = " + b)).isZero();
            assertThat(count(r, "SELECT count(*) FROM audit_entry WHERE id = " + b)).isOne();
            assertThat(count(r, "SELECT count(*) FROM audit_change WHERE entry_id = " + b)).isOne();
            for (String table : SCOPED) {
                assertThat(count(m, "SELECT count(*) FROM audit_entry WHERE entity = '" + table + "' AND entity_id = "
                        + ids.get("A:" + table))).as(table + " of A").isPositive();
                assertThat(count(m, "SELECT count(*) FROM audit_entry WHERE entity = '" + table + "' AND entity_id = "
                        + ids.get("B:" + table))).as(table + " of B").isZero();
            }
            assertThat(count(m, "SELECT count(*) FROM audit_entry WHERE entity = 'district'")).isPositive();
        }
    }

    // --- roles and grants

    @Test
    void theApplicationsRolesNeitherOwnTheTablesNorBypassRowLevelSecurity() throws SQLException {
        try (Connection a = admin.getConnection()) {
            Set<String> owners = strings(a,
                    "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()"
                            + " AND tablename <> 'flyway_schema_history'");
            assertThat(owners).containsExactly("markdna_owner");
            assertThat(strings(a, "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind = 'r' AND relname <> 'flyway_schema_history'"
                    + " AND NOT (c.relrowsecurity AND c.relforcerowsecurity)")).as("tables without forced RLS").isEmpty();
            for (String role : List.of("markdna_owner", "markdna_office", "markdna_manager", "markdna_reader",
                    manager, office, reader)) {
                assertThat(text(a, "SELECT (rolsuper OR rolbypassrls)::text FROM pg_roles WHERE rolname = '" + role + "'"))
                        .as(role).isEqualTo("false");
            }
            for (String role : List.of("markdna_owner", "markdna_office", "markdna_manager", "markdna_reader")) {
                assertThat(text(a, "SELECT rolcanlogin::text FROM pg_roles WHERE rolname = '" + role + "'"))
                        .as(role).isEqualTo("false");
            }
            for (String role : List.of(manager, office, reader, "markdna_office", "markdna_manager", "markdna_reader")) {
                assertThat(text(a, "SELECT pg_has_role('" + role + "', 'markdna_owner', 'MEMBER')::text"))
                        .as(role + " is not the owner").isEqualTo("false");
            }
        }
        try (Connection m = login(manager)) {
            assertRefused(m, "SET ROLE markdna_owner");
        }
    }

    @Test
    void grantsAreRefusedToSuperusersUnknownLoginsAndBadNames() throws SQLException {
        try (Connection a = admin.getConnection()) {
            assertThatThrownBy(() -> PostgresAccess.grantOrganisation(a, superuser, ORG_A))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("superuser");
            assertThatThrownBy(() -> PostgresAccess.grantSafetyOffice(a, superuser))
                    .hasMessageContaining("row-level security would not apply");
            assertThatThrownBy(() -> PostgresAccess.grantReadOnly(a, "nobody_" + suffix()))
                    .hasMessageContaining("No login");
            assertThatThrownBy(() -> PostgresAccess.grantOrganisation(a, manager, "000000-0000"))
                    .hasMessageContaining("No organisation with organisation number 000000-0000");
            assertThatThrownBy(() -> PostgresAccess.grantSafetyOffice(a, "x\"; DROP TABLE property; --"))
                    .hasMessageContaining("Not a valid login name");
            assertThatThrownBy(() -> PostgresAccess.grantSafetyOffice(a, "markdna_office"))
                    .hasMessageContaining("group role");
            assertThat(count(a, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
                    + " WHERE r.rolname = '" + superuser + "'")).isZero();
            assertThat(count(a, "SELECT count(*) FROM organisation_access WHERE login_role = '" + superuser + "'")).isZero();
        }
    }

    @Test
    void accessIsDescribedAndRevoked() throws Exception {
        String suffix = suffix();
        String temporary;
        try (Connection s = cluster.dataSource(cluster.admin.database()).getConnection();
                Statement st = s.createStatement()) {
            temporary = createLogin(st, "rls_temp_" + suffix, "");
        }
        try (Connection a = admin.getConnection()) {
            PostgresAccess.grantOrganisation(a, temporary.toUpperCase(), ORG_B);
            PostgresAccess.grantOrganisation(a, temporary, ORG_C);
            assertThat(PostgresAccess.describe(a))
                    .contains(manager + ": property manager of " + ORG_A + " Bostadsbolaget A")
                    .contains(office + ": safety office (sees and edits everything)")
                    .contains(reader + ": read-only (sees everything)")
                    .contains(temporary + ": property manager of " + ORG_B + " Fastighets AB B, " + ORG_C
                            + " Bostadsrättsföreningen C");
            try (Connection t = login(temporary)) {
                assertThat(visible(t, "property", ids.get("B:property"))).isTrue();
            }
            PostgresAccess.revoke(a, temporary);
            assertThat(PostgresAccess.describe(a)).noneMatch(line -> line.startsWith(temporary + ":"));
            try (Connection t = login(temporary)) {
                assertRefused(t, "SELECT count(*) FROM property");
            }
            // read-only is exclusive: a manager made read-only cannot write any more
            PostgresAccess.grantOrganisation(a, temporary, ORG_A);
            PostgresAccess.grantReadOnly(a, temporary);
            try (Connection t = login(temporary)) {
                assertRefused(t, "UPDATE property SET notes = 'x' WHERE id = " + ids.get("A:property"));
            }
            PostgresAccess.revoke(a, temporary);
        }
    }

    // --- the schema accepts what SQLite's accepts

    @Test
    void theChecksAcceptWhatSqliteAccepts() throws SQLException {
        try (Connection a = admin.getConnection()) {
            a.setAutoCommit(false);
            insert(a, "INSERT INTO organisation (org_number, name, type, created_at, updated_at)"
                    + " VALUES ('123456-7890', 'ok', 'BUSINESS', ?, ?) RETURNING id", NOW, NOW);
            for (String bad : List.of("1234567890", "123456-78901", "12345-67890", "abcdef-ghij", "123456-789",
                    "123456-7890\n", " 123456-7890")) {
                assertCheckFails(a, "INSERT INTO organisation (org_number, name, type, created_at, updated_at)"
                        + " VALUES (?, 'bad', 'BUSINESS', '" + NOW + "', '" + NOW + "')", bad);
            }
            insert(a, propertySql(orgC, "P-223-" + suffix()).replace("NULL, 'BLOCK_OF_FLATS'", "'223 50', 'BLOCK_OF_FLATS'") + " RETURNING id");
            for (String bad : List.of("023 50", "22350", "223  50", "223 5", "abc de", "223 500")) {
                assertCheckFails(a, propertySql(orgC, "P-bad-" + suffix()).replace("NULL, 'BLOCK_OF_FLATS'",
                        "?, 'BLOCK_OF_FLATS'"), bad);
            }
            insert(a, "INSERT INTO rollout_site (name, district_id, planned_quarter, status, created_at, updated_at)"
                    + " VALUES ('Plats', ?, '2027-Q1', 'PROPOSED', ?, ?) RETURNING id", district, NOW, NOW);
            for (String bad : List.of("2027-Q5", "2027-q1", "27-Q1", "2027Q1", "2027-Q10")) {
                assertCheckFails(a, "INSERT INTO rollout_site (name, district_id, planned_quarter, status, created_at,"
                        + " updated_at) VALUES ('Plats " + bad + "', " + district + ", ?, 'PROPOSED', '" + NOW + "', '"
                        + NOW + "')", bad);
            }
            // COLLATE NOCASE became citext: unique regardless of case
            assertThatThrownBy(() -> insert(a, "INSERT INTO district (name, main_area, kind, created_at, updated_at)"
                    + " VALUES ('VEBERÖD', 'BYARNA', 'VILLAGE', ?, ?) RETURNING id", NOW, NOW))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            a.rollback();
        }
    }

    // --- helpers

    static void records(Connection c, String key, Long organisation) throws SQLException {
        String s = key + "-" + suffix();
        Long contact = null;
        if (organisation != null) {
            contact = insert(c, "INSERT INTO contact (organisation_id, name, role, phone, email, created_at, updated_at)"
                    + " VALUES (?, ?, 'förvaltare', '046-10 10 10', 'a@example.se', ?, ?) RETURNING id",
                    organisation, "Kontakt " + s, NOW, NOW);
            ids.put(key + ":contact", contact);
        }
        long property = insert(c, "INSERT INTO property (designation, name, street_address, postal_code, post_town,"
                + " district_id, organisation_id, contact_id, building_type, dwellings, status, created_at, updated_at)"
                + " VALUES (?, 'Huset', 'Storgatan 1', '247 30', 'Veberöd', ?, ?, ?, 'BLOCK_OF_FLATS', 24, 'ACTIVE', ?, ?)"
                + " RETURNING id", "Veberöd " + s, district, organisation, contact, NOW, NOW);
        ids.put(key + ":property", property);
        ids.put(key + ":kit_distribution", insert(c, "INSERT INTO kit_distribution (property_id, date, supplier,"
                + " kits_delivered, kits_handed_out, created_at, updated_at) VALUES (?, '2026-01-01', 'Märk-DNA AB', 24, 20,"
                + " ?, ?) RETURNING id", property, NOW, NOW));
        long sprayer = insert(c, sprayerSql(property, s) + " RETURNING id");
        ids.put(key + ":sprayer", sprayer);
        ids.put(key + ":sprayer_event", insert(c, "INSERT INTO sprayer_event (sprayer_id, date, kind, cost, created_at,"
                + " updated_at) VALUES (?, '2026-01-01', 'INSTALLED', 1200.50, ?, ?) RETURNING id", sprayer, NOW, NOW));
        for (String table : SCOPED) {
            Long id = ids.get(key + ":" + table);
            if (id != null) {
                insert(c, "INSERT INTO audit_entry (at, who, entity, entity_id, action)"
                        + " VALUES (?, 'setup', ?, ?, 'INSERT') RETURNING id", NOW, table, id);
                update(c, "INSERT INTO audit_change (entry_id, field, old_value, new_value)"
                        + " VALUES ((SELECT max(id) FROM audit_entry), '*', NULL, 'inserted')");
            }
        }
        insert(c, "INSERT INTO audit_entry (at, who, entity, entity_id, action)"
                + " VALUES (?, 'setup', 'district', ?, 'UPDATE') RETURNING id", NOW, district);
    }

    static long organisation(Connection c, String number, String name) throws SQLException {
        return insert(c, "INSERT INTO organisation (org_number, name, type, created_at, updated_at)"
                + " VALUES (?, ?, 'MUNICIPAL_HOUSING', ?, ?) RETURNING id", number, name, NOW, NOW);
    }

    static String propertySql(Long organisation, String designation) {
        return "INSERT INTO property (designation, district_id, organisation_id, postal_code, building_type, status,"
                + " created_at, updated_at) VALUES ('" + designation + "', " + district + ", " + organisation
                + ", NULL, 'BLOCK_OF_FLATS', 'PLANNED', '" + NOW + "', '" + NOW + "')";
    }

    static String sprayerSql(long property, String serial) {
        return "INSERT INTO sprayer (property_id, placement, serial, solution_code, trigger_kind, installed_on, status,"
                + " created_at, updated_at) VALUES (" + property + ", 'ENTRANCE', 'SN-" + serial + "', 'SC-" + serial
                + "', 'ALARM_BUTTON', '2026-01-01', 'ACTIVE', '" + NOW + "', '" + NOW + "')";
    }

    static long bAuditEntry() throws SQLException {
        try (Connection a = admin.getConnection()) {
            return count(a, "SELECT min(id) FROM audit_entry WHERE entity = 'property' AND entity_id = "
                    + ids.get("B:property"));
        }
    }

    static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> update(c, sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }

    static void assertCheckFails(Connection c, String sql, String value) throws SQLException {
        var savepoint = c.setSavepoint();
        assertThatThrownBy(() -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.executeUpdate();
            }
        }).as(value).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
        c.rollback(savepoint);
    }

    static boolean visible(Connection c, String table, long id) throws SQLException {
        return count(c, "SELECT count(*) FROM " + table + " WHERE id = " + id) == 1;
    }

    static Set<Long> idsOf(Connection c, String table) throws SQLException {
        return longs(c, "SELECT id FROM " + table);
    }

    static Set<Long> idsOfOrganisation(Connection c, String table, long organisation) throws SQLException {
        String where = switch (table) {
            case "property", "contact" -> "t.organisation_id = " + organisation;
            case "kit_distribution", "sprayer" -> "t.property_id IN (SELECT id FROM property WHERE organisation_id = "
                    + organisation + ")";
            default -> "t.sprayer_id IN (SELECT s.id FROM sprayer s JOIN property p ON p.id = s.property_id"
                    + " WHERE p.organisation_id = " + organisation + ")";
        };
        return longs(c, "SELECT t.id FROM " + table + " t WHERE " + where);
    }

    static Set<Long> longs(Connection c, String sql) throws SQLException {
        Set<Long> result = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getLong(1));
            }
        }
        return result;
    }

    static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> result = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (s.execute(sql)) {
                return -1;
            }
            return s.getUpdateCount();
        }
    }

    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Connection login(String role) throws SQLException {
        return PostgresConnections.dataSource(cluster.at(database, role), loginPasswords.get(role).toCharArray())
                .getConnection();
    }

    static String createLogin(Statement admin, String name, String attributes) throws SQLException {
        String pw = "pw" + suffix() + suffix();
        admin.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + pw + "'" + attributes);
        createdRoles.add(name);
        loginPasswords.put(name, pw);
        return name;
    }

    static String suffix() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }
}
