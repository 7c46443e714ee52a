package se.markdna.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A few kept connections to a PostgreSQL server, logged in once with the password the user typed
 * (held in memory by the driver for new connections; never written anywhere).
 */
final class PostgresConnections implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_S = 10;
    private final HikariDataSource pool;
    private final PGSimpleDataSource direct;
    private ChangeNotifications notifications;

    private PostgresConnections(HikariDataSource pool, PGSimpleDataSource direct) {
        this.pool = pool;
        this.direct = direct;
    }

    /** Logs in and keeps the connection; a refused login or an unreachable server is a CONNECTION failure. */
    static PostgresConnections open(DatabaseLocation.PostgresServer server, char[] password) {
        HikariConfig config = new HikariConfig();
        PGSimpleDataSource direct = dataSource(server, password);
        // this client's own name, by which it recognises (and skips) notifications of its own changes
        direct.setApplicationName(ChangeNotifications.clientName());
        config.setDataSource(direct);
        config.setPoolName("markdna-" + server.database());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_S * 1000L);
        // a refused password must fail here, at connect, not at the first read
        config.setInitializationFailTimeout(1);
        try {
            return new PostgresConnections(new HikariDataSource(config), direct);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof SQLException sql) {
                RuntimeException translated = SqlErrors.translate(sql, server.describe());
                if (translated instanceof DatabaseException de && de.reason() == DatabaseException.Reason.IO) {
                    throw new DatabaseException(DatabaseException.Reason.CONNECTION, server.describe(),
                            sql.getMessage(), sql);
                }
                throw translated;
            }
            throw new DatabaseException(DatabaseException.Reason.CONNECTION, server.describe(),
                    String.valueOf(cause.getMessage()), e);
        }
    }

    /** A plain data source for one login: what pg-setup and migrate use, and what the pool wraps. */
    static PGSimpleDataSource dataSource(DatabaseLocation.PostgresServer server, char[] password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {server.host()});
        ds.setPortNumbers(new int[] {server.port()});
        ds.setDatabaseName(server.database());
        ds.setUser(server.user());
        ds.setPassword(password == null ? null : new String(password));
        ds.setSslMode(server.sslMode());
        if (server.sslRootCert() != null) {
            ds.setSslRootCert(server.sslRootCert().toAbsolutePath().toString());
        }
        ds.setConnectTimeout(CONNECT_TIMEOUT_S);
        ds.setApplicationName("Märk-DNA");
        // strings are bound untyped, so that the server compares them as the column's type: a
        // varchar parameter would turn "designation = ?" on a citext column into a
        // case-sensitive text comparison
        ds.setStringType("unspecified");
        // a failed statement leaves the transaction usable, as on SQLite: an import reports every
        // refused row (and then rolls back all of them) instead of failing at the first
        ds.setAutosave(org.postgresql.jdbc.AutoSave.ALWAYS);
        ds.setTcpKeepAlive(true);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        return ds;
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Refuses a database whose structure is not the one this application was built for: missing or
     * behind (pg-setup brings it up to date) or ahead (a newer application made it).
     */
    static void checkSchema(DataSource ds, DatabaseLocation.PostgresServer server) {
        MigrationInfo[] all;
        try {
            all = Flyway.configure().dataSource(ds).locations(PostgresSchema.MIGRATIONS)
                    .failOnMissingLocations(true).load().info().all();
        } catch (FlywayException e) {
            throw new DatabaseException(DatabaseException.Reason.NOT_SET_UP, server.describe(), e.getMessage(), e);
        }
        boolean pending = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.PENDING);
        boolean future = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            throw new DatabaseException(DatabaseException.Reason.SCHEMA_TOO_NEW, server.describe(),
                    "The shared database was set up by a newer version of Märk-DNA.", null);
        }
        if (pending) {
            throw new DatabaseException(DatabaseException.Reason.NOT_SET_UP, server.describe(),
                    "The shared database needs pg-setup before this version of Märk-DNA can use it.", null);
        }
    }

    /** Whether the login of {@code c} is in one of the application's group roles, for the UI to say so. */
    static boolean isMember(Connection c, String role) throws SQLException {
        try (var ps = c.prepareStatement("SELECT pg_has_role(session_user, ?, 'MEMBER')")) {
            ps.setString(1, role);
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            if ("42704".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Starts listening for other clients' changes on a connection of its own; {@code onChange} runs on that thread. */
    void listen(Runnable onChange) {
        notifications = ChangeNotifications.start(direct, direct.getApplicationName(), onChange);
    }

    @Override
    public void close() {
        if (notifications != null) {
            notifications.close();
        }
        pool.close();
    }
}
