package se.markdna.persistence;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the parameterised repository and service suite runs on: an SQLite file in the
 * test's folder, and a fresh PostgreSQL database on the throwaway cluster {@code .ci/run} starts
 * (MARKDNA_TEST_PG, MARKDNA_TEST_PG_PASSWORD). Without a cluster the PostgreSQL runs are skipped,
 * unless MARKDNA_TEST_PG_REQUIRED=1 (as on CI), which makes them fail instead.
 *
 * <p>The PostgreSQL databases are copies of one template set up once per test run by pg-setup's
 * code, and the tests log in as a safety-office login: an ordinary role under row-level security,
 * never the superuser that created it.
 */
public final class TestDatabases implements AfterEachCallback {

    private static final List<Database> OPENED = new ArrayList<>();
    private static Cluster cluster;

    /** For {@code @ParameterizedClass @MethodSource("se.markdna.persistence.TestDatabases#dialects")}. */
    public static Stream<Dialect> dialects() {
        return Stream.of(Dialect.SQLITE, Dialect.POSTGRESQL);
    }

    /** A new, empty, migrated register of the dialect; closed and dropped after the test. */
    public static synchronized Database open(Dialect dialect, Path dir) {
        Database db = dialect == Dialect.SQLITE ? Database.open(dir.resolve("register.db"))
                : cluster().newDatabase();
        OPENED.add(db);
        return db;
    }

    /** A second, independent opening of the same register (new connections). */
    public static synchronized Database reopen(Database db) {
        Database again = db.isShared()
                ? Database.connect((DatabaseLocation.PostgresServer) db.location(), cluster().password.toCharArray())
                : Database.open(db.file());
        OPENED.add(0, again);
        return again;
    }

    /** The login the trail names on a dialect: the actor given on SQLite, the database login on PostgreSQL. */
    public static String trailName(Dialect dialect, String actor) {
        return dialect == Dialect.SQLITE ? actor : cluster().office;
    }

    /** The admin cluster, for tests (row-level security, migrate) that need logins of their own. */
    public static synchronized Cluster cluster() {
        if (cluster == null) {
            cluster = Cluster.fromEnvironment();
        }
        return cluster;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Database> toClose;
        synchronized (TestDatabases.class) {
            toClose = new ArrayList<>(OPENED);
            OPENED.clear();
        }
        for (Database db : toClose) {
            db.close();
            if (db.isShared()) {
                cluster.drop(((DatabaseLocation.PostgresServer) db.location()).database());
            }
        }
    }

    /** The test cluster, reached as its superuser. */
    public static final class Cluster {
        private static final SecureRandom RANDOM = new SecureRandom();
        public final DatabaseLocation.PostgresServer admin;
        private final String adminPassword;
        private final String template;
        /** A safety-office login, with {@link #password}. */
        public final String office;
        public final String password;
        private int serial;

        private Cluster(DatabaseLocation.PostgresServer admin, String adminPassword) {
            this.admin = admin;
            this.adminPassword = adminPassword;
            String run = HexFormat.of().formatHex(RANDOM.generateSeed(4));
            this.template = "markdna_tpl_" + run;
            this.office = "markdna_t_office_" + run;
            this.password = "pw-" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
            adminSql("postgres", "CREATE DATABASE " + template);
            PostgresSchema.setUp(dataSource(template));
            createLogin(office);
            try (Connection c = dataSource(template).getConnection()) {
                PostgresAccess.grantSafetyOffice(c, office);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll));
        }

        static Cluster fromEnvironment() {
            String url = System.getenv("MARKDNA_TEST_PG");
            if (url == null || url.isBlank()) {
                if ("1".equals(System.getenv("MARKDNA_TEST_PG_REQUIRED"))) {
                    throw new IllegalStateException("MARKDNA_TEST_PG_REQUIRED=1 but MARKDNA_TEST_PG is not set");
                }
                Assumptions.abort("no PostgreSQL test cluster (set MARKDNA_TEST_PG, see .ci/postgres-cluster)");
            }
            return new Cluster(DatabaseLocation.PostgresServer.parse(url),
                    System.getenv().getOrDefault("MARKDNA_TEST_PG_PASSWORD", ""));
        }

        /** A superuser data source on one database of the cluster. */
        public PGSimpleDataSource dataSource(String database) {
            return PostgresConnections.dataSource(new DatabaseLocation.PostgresServer(admin.host(), admin.port(),
                    database, admin.user(), admin.sslMode(), admin.sslRootCert()), adminPassword.toCharArray());
        }

        /** An empty register (the template's copy), not yet opened. */
        public synchronized String newDatabaseName() {
            String name = template.replace("_tpl_", "_t_") + "_" + (++serial);
            adminSql("postgres", "CREATE DATABASE " + name + " TEMPLATE " + template);
            return name;
        }

        Database newDatabase() {
            return Database.connect(at(newDatabaseName(), office), password.toCharArray());
        }

        /** The location of a database of the cluster as a login. */
        public DatabaseLocation.PostgresServer at(String database, String login) {
            return new DatabaseLocation.PostgresServer(admin.host(), admin.port(), database, login, admin.sslMode(),
                    admin.sslRootCert());
        }

        /** Creates a login role with {@link #password}; dropped when the run ends. */
        public void createLogin(String role) {
            adminSql("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            synchronized (this) {
                logins.add(role);
            }
        }

        private final List<String> logins = new ArrayList<>();

        public void adminSql(String database, String sql) {
            try (Connection c = dataSource(database).getConnection(); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        void drop(String database) {
            adminSql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }

        private void dropAll() {
            try (Connection c = dataSource("postgres").getConnection(); Statement st = c.createStatement()) {
                List<String> names = new ArrayList<>();
                try (var rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                        + template.replace("_tpl_", "_t_") + "%' OR datname = '" + template + "'")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String name : names) {
                    st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
                for (String role : logins) {
                    st.execute("DROP ROLE IF EXISTS " + role);
                }
            } catch (SQLException e) {
                // the cluster is thrown away after the run anyway
            }
        }
    }
}
