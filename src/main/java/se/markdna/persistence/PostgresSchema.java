package se.markdna.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The shared PostgreSQL register's structure: the same tables as on SQLite, plus the roles, grants
 * and row-level security policies that let each organisation see only its own rows (issue 10).
 * Set up by an administrator (pg-setup), never by the application: the application's logins may
 * not alter anything.
 */
public final class PostgresSchema {

    /** Where the PostgreSQL migrations are; they mirror {@code se/markdna/db/migration} for SQLite. */
    public static final String MIGRATIONS = "classpath:se/markdna/db/postgresql";

    private PostgresSchema() {
    }

    /**
     * Creates or updates the schema, the group roles and the policies, connected through
     * {@code admin} as the administrator (a superuser, or a role that may create roles and owns
     * the database). Idempotent: a database already up to date is left as it is.
     */
    public static void setUp(DataSource admin) {
        try {
            Flyway.configure()
                    .dataSource(admin)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException(DatabaseException.Reason.MIGRATION_FAILED, "PostgreSQL",
                    "Could not set up the shared database: " + e.getMessage(), e);
        }
    }
}
