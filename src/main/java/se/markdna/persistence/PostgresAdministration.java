package se.markdna.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the administrator of a shared database does through pg-setup and pg-grant, each on one
 * plain connection of the administrator's login (no pool, no schema check: setting up is what
 * makes the schema right).
 */
public final class PostgresAdministration {

    private PostgresAdministration() {
    }

    public record SetUpResult(String schemaVersion, int migrationsApplied) {
    }

    /** Brings the schema, the roles and the policies of {@code server} to this version's. */
    public static SetUpResult setUp(DatabaseLocation.PostgresServer server, char[] password) {
        DataSource admin = PostgresConnections.dataSource(server, password);
        int before = appliedMigrations(admin, server);
        PostgresSchema.setUp(admin);
        int after = appliedMigrations(admin, server);
        return new SetUpResult(schemaVersion(admin, server), after - before);
    }

    /** One change of access, or a listing. */
    public record Grant(Kind kind, String login, String organisationNumber) {
        public enum Kind { ORGANISATION, SAFETY_OFFICE, READ_ONLY, REVOKE, LIST }

        public static Grant organisation(String login, String organisationNumber) {
            return new Grant(Kind.ORGANISATION, login, organisationNumber);
        }

        public static Grant safetyOffice(String login) {
            return new Grant(Kind.SAFETY_OFFICE, login, null);
        }

        public static Grant readOnly(String login) {
            return new Grant(Kind.READ_ONLY, login, null);
        }

        public static Grant revoke(String login) {
            return new Grant(Kind.REVOKE, login, null);
        }

        public static Grant list() {
            return new Grant(Kind.LIST, null, null);
        }
    }

    /** Applies the grant in one transaction; returns the logins' access afterwards, one line each. */
    public static List<String> apply(DatabaseLocation.PostgresServer server, char[] password, Grant grant) {
        DataSource admin = PostgresConnections.dataSource(server, password);
        try (Connection c = admin.getConnection()) {
            c.setAutoCommit(false);
            try {
                switch (grant.kind()) {
                    case ORGANISATION -> PostgresAccess.grantOrganisation(c, grant.login(), grant.organisationNumber());
                    case SAFETY_OFFICE -> PostgresAccess.grantSafetyOffice(c, grant.login());
                    case READ_ONLY -> PostgresAccess.grantReadOnly(c, grant.login());
                    case REVOKE -> PostgresAccess.revoke(c, grant.login());
                    case LIST -> {
                    }
                }
                List<String> access = PostgresAccess.describe(c);
                c.commit();
                return access;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, server.describe());
        }
    }

    private static int appliedMigrations(DataSource admin, DatabaseLocation.PostgresServer server) {
        return query(admin, server, "SELECT count(*) FROM flyway_schema_history WHERE success", 0);
    }

    private static String schemaVersion(DataSource admin, DatabaseLocation.PostgresServer server) {
        try (Connection c = admin.getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                        + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "none";
        } catch (SQLException e) {
            throw SqlErrors.translate(e, server.describe());
        }
    }

    /** A count, or {@code missing} when the table does not exist yet (a database never set up). */
    private static int query(DataSource admin, DatabaseLocation.PostgresServer server, String sql, int missing) {
        try (Connection c = admin.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : missing;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return missing;
            }
            throw SqlErrors.translate(e, server.describe());
        }
    }
}
