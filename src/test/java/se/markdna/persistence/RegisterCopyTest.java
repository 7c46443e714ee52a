package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.register.District;
import se.markdna.service.AppServices;
import se.markdna.service.exchange.ExportService;

/**
 * migrate (issue 10) on the test cluster: the demo register moved into an empty shared database
 * is the same register there, a database that is not empty is refused, a failure half-way leaves
 * it empty, and new records get new ids afterwards. The copies are made as an administrator who
 * is not a superuser (a member of markdna_owner, as pg-setup makes its login), so row-level
 * security and the audit trigger apply as in production.
 */
class RegisterCopyTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> ABOUT_ROWS_THAT_DIFFER = Set.of("Exporterad", "Databas", "Exported", "Database");

    @TempDir
    Path dir;

    private TestDatabases.Cluster cluster;
    private String database;
    private String administrator;
    private DatabaseLocation.PostgresServer target;
    private final List<AppServices> opened = new ArrayList<>();

    @BeforeEach
    void emptySharedDatabase() {
        cluster = TestDatabases.cluster();
        database = cluster.newDatabaseName();
        administrator = "markdna_t_mig_" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        cluster.createLogin(administrator);
        cluster.adminSql(database, "GRANT markdna_owner TO " + administrator);
        target = cluster.at(database, administrator);
    }

    @AfterEach
    void dropIt() {
        opened.forEach(AppServices::close);
        if (database != null) {
            cluster.drop(database);
        }
    }

    private Path demoRegister() {
        Path file = dir.resolve("demo.db");
        try (Database db = Database.open(file)) {
            new AppServices(db, () -> "handläggare", Clock.systemDefaultZone()).demo().load(false);
        }
        return file;
    }

    private RegisterCopy.Result migrate(Path file) {
        return RegisterCopy.copy(file, target, cluster.password.toCharArray(), RegisterCopy.Progress.NONE);
    }

    private AppServices shared(String login) {
        AppServices services = AppServices.open(cluster.at(database, login), cluster.password.toCharArray(), false);
        opened.add(services);
        return services;
    }

    @Test
    void theDemoRegisterMovesWithTheSameRowsCountsAndExport() throws Exception {
        Path file = demoRegister();
        Map<String, Long> before;
        Map<String, List<String>> rowsInFile;
        try (Database db = Database.open(file)) {
            before = db.read(Repositories::counts);
            rowsInFile = db.read(RegisterCopyTest::everyRow);
        }
        List<String> progress = new ArrayList<>();

        RegisterCopy.Result result = RegisterCopy.copy(file, target, cluster.password.toCharArray(),
                (table, done, total) -> progress.add(table + " " + done + "/" + total));

        assertThat(result.tables()).extracting(RegisterCopy.TableCount::table).containsExactly("district",
                "organisation", "contact", "property", "kit_distribution", "sprayer", "sprayer_event", "rollout_site",
                "setting", "audit_entry", "audit_change", "erasure_in_progress");
        assertThat(result.tables()).allSatisfy(t -> assertThat(t.inDatabase()).as(t.table()).isEqualTo(t.inFile()));
        assertThat(result.source().needsMigration()).isFalse();
        assertThat(progress).last().asString().endsWith(result.totalRows() + "/" + result.totalRows());

        AppServices onServer = shared(administrator);
        assertThat(onServer.database().read(Repositories::counts)).isEqualTo(before);
        // every row, value by value (the history's names too: the administrator's inserts keep them)
        Map<String, List<String>> rowsOnServer = onServer.database().read(RegisterCopyTest::everyRow);
        assertThat(rowsOnServer.keySet()).containsAll(rowsInFile.keySet());
        rowsInFile.forEach((table, rows) -> assertThat(rowsOnServer.get(table)).as(table).isEqualTo(rows));
        assertThat(rowsOnServer.get("audit_entry")).allSatisfy(r -> assertThat(r).contains("handläggare"));

        // the same export from both, but for when and from where it was made
        Path fromFile = dir.resolve("file.xlsx");
        Path fromServer = dir.resolve("server.xlsx");
        try (Database db = Database.open(file)) {
            new AppServices(db, () -> administrator, Clock.systemDefaultZone()).exports()
                    .export(ExportService.ExportRequest.xlsx(fromFile, false, true));
        }
        onServer.exports().export(ExportService.ExportRequest.xlsx(fromServer, false, true));
        Map<String, List<List<String>>> expected = cells(fromFile);
        assertThat(expected.keySet()).hasSizeGreaterThan(5);
        assertThat(cells(fromServer)).isEqualTo(expected);
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefusedAndLeftAsItWas() throws Exception {
        Path file = demoRegister();
        migrate(file);
        Map<String, Long> once = countAll();

        assertThatThrownBy(() -> migrate(file)).isInstanceOf(RegisterCopy.RefusedException.class)
                .hasMessageContaining("not empty").hasMessageContaining("property")
                .extracting(e -> ((RegisterCopy.RefusedException) e).reason())
                .isEqualTo(RegisterCopy.RefusedException.Reason.NOT_EMPTY);
        assertThat(countAll()).isEqualTo(once);

        // one row anywhere, even a setting alone, is not empty
        String other = cluster.newDatabaseName();
        try {
            cluster.adminSql(other, "INSERT INTO setting (key, value, updated_at) VALUES ('x', 'y', 'z')");
            cluster.adminSql(other, "GRANT markdna_owner TO " + administrator);
            target = cluster.at(other, administrator);
            assertThatThrownBy(() -> migrate(file)).isInstanceOf(RegisterCopy.RefusedException.class)
                    .hasMessageContaining("setting: 1");
            assertThat(countAll(other).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        } finally {
            cluster.drop(other);
        }
    }

    @Test
    void aRowTheServerRefusesHalfWayLeavesEveryTableEmpty() throws Exception {
        Path file = demoRegister();
        long badId;
        // an orphan in the last table but one (SQLite lets it in with foreign keys off, as an old
        // file or a hand edit may hold): every table before it is copied, then the server refuses it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT max(id) + 1 FROM audit_change")) {
                rs.next();
                badId = rs.getLong(1);
            }
            st.executeUpdate("INSERT INTO audit_change (id, entry_id, field, old_value, new_value)"
                    + " VALUES (" + badId + ", 999999, 'name', 'a', 'b')");
        }
        long bytes = Files.size(file);

        assertThatThrownBy(() -> migrate(file)).isInstanceOfSatisfying(RegisterCopy.FailedException.class, e -> {
            assertThat(e.table()).isEqualTo("audit_change");
            assertThat(e.row()).isEqualTo("id=" + badId);
            assertThat(e.getMessage()).contains("audit_change row id=" + badId).contains("foreign key")
                    .contains("still empty");
        });

        assertThat(countAll()).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
        assertThat(Files.size(file)).isEqualTo(bytes);
    }

    @Test
    void aValueTheColumnCannotHoldIsNamedWithItsRow() throws Exception {
        Path file = demoRegister();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // SQLite keeps text it cannot convert in an INTEGER column
            st.executeUpdate("UPDATE sprayer SET version = 'many' WHERE id = (SELECT min(id) FROM sprayer)");
        }
        assertThatThrownBy(() -> migrate(file)).isInstanceOfSatisfying(RegisterCopy.FailedException.class, e -> {
            assertThat(e.table()).isEqualTo("sprayer");
            assertThat(e.getMessage()).contains("column version holds 'many'");
        });
        assertThat(countAll()).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
    }

    @Test
    void aTargetWhoseColumnsDifferIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = demoRegister();
        cluster.adminSql(database, "ALTER TABLE sprayer DROP COLUMN notes");

        assertThatThrownBy(() -> migrate(file)).isInstanceOfSatisfying(RegisterCopy.RefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(RegisterCopy.RefusedException.Reason.STRUCTURE_DIFFERS);
            assertThat(e.getMessage()).contains("sprayer has no column notes");
        });
        assertThat(countAll()).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
    }

    @Test
    void aLoginThatIsNotTheAdministratorIsRefused() throws Exception {
        Path file = demoRegister();
        target = cluster.at(database, cluster.office);
        assertThatThrownBy(() -> migrate(file)).isInstanceOfSatisfying(RegisterCopy.RefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(RegisterCopy.RefusedException.Reason.NOT_ADMINISTRATOR));
        assertThat(countAll()).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
    }

    @Test
    void aDatabaseNotSetUpIsRefusedAsSuch() {
        Path file = demoRegister();
        String bare = "markdna_t_bare_" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        cluster.adminSql("postgres", "CREATE DATABASE " + bare);
        try {
            target = cluster.at(bare, administrator);
            assertThatThrownBy(() -> migrate(file)).isInstanceOfSatisfying(DatabaseException.class,
                    e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_SET_UP));
        } finally {
            cluster.drop(bare);
        }
    }

    @Test
    void newRecordsGetIdsAfterTheCopiedOnes() throws Exception {
        Path file = demoRegister();
        migrate(file);
        Map<String, Long> maxIds = new LinkedHashMap<>();
        try (Connection c = cluster.dataSource(database).getConnection(); Statement st = c.createStatement()) {
            for (String table : List.of("district", "organisation", "contact", "property", "kit_distribution",
                    "sprayer", "sprayer_event", "rollout_site", "audit_entry", "audit_change")) {
                try (ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                    rs.next();
                    maxIds.put(table, rs.getLong(1));
                }
            }
        }
        assertThat(maxIds.get("audit_entry")).isPositive();

        // through the application, as the safety office
        District saved = shared(cluster.office).register().saveDistrict(Fixtures.district("Nyby"));
        assertThat(saved.id()).isEqualTo(maxIds.get("district") + 1);

        // and every other identity continues after its highest id (nextval is not rolled back;
        // this database is thrown away)
        try (Connection c = cluster.dataSource(database).getConnection(); Statement st = c.createStatement()) {
            for (var e : maxIds.entrySet()) {
                if (e.getKey().equals("district")) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery("SELECT max(id) FROM " + e.getKey())) {
                    rs.next();
                    long now = rs.getLong(1);
                    try (ResultSet next = c.createStatement().executeQuery(
                            "SELECT nextval(pg_get_serial_sequence('" + e.getKey() + "', 'id'))")) {
                        next.next();
                        assertThat(next.getLong(1)).as(e.getKey()).isEqualTo(now + 1);
                    }
                }
            }
        }
    }

    @Test
    void aFileWithAnOlderStructureIsMigratedOnACopyAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("old.db");
        org.sqlite.SQLiteDataSource sqlite = new org.sqlite.SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(sqlite).locations("classpath:se/markdna/db/migration").target("1").load()
                .migrate();
        try (Connection c = sqlite.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO district (id, name, main_area, kind, created_at, updated_at)"
                    + " VALUES (7, 'Gamla staden', 'CENTRUM', 'CITY_DISTRICT', 't', 't')");
        }

        RegisterCopy.Result result = migrate(file);

        assertThat(result.source().needsMigration()).isTrue();
        assertThat(result.source().schemaVersion()).isEqualTo("1");
        assertThat(result.tables()).filteredOn(t -> t.table().equals("district"))
                .singleElement().extracting(RegisterCopy.TableCount::inDatabase).isEqualTo(1L);
        assertThat(RegisterCopy.inspect(file).schemaVersion()).isEqualTo("1");
        assertThat(countAll().get("district")).isEqualTo(1);
    }

    // --- helpers -------------------------------------------------------------------------------

    private Map<String, Long> countAll() throws SQLException {
        return countAll(database);
    }

    /** Every table's rows, as the superuser sees them (row-level security does not hide any). */
    private Map<String, Long> countAll(String db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = cluster.dataSource(db).getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("property", "audit_change", "organisation_access");
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Every row of every register table, in key order, each value written the same way on both databases. */
    private static Map<String, List<String>> everyRow(Connection c) throws SQLException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String table : List.of("district", "organisation", "contact", "property", "kit_distribution", "sprayer",
                "sprayer_event", "rollout_site", "setting", "audit_entry", "audit_change", "erasure_in_progress")) {
            List<String> rows = new ArrayList<>();
            String key = table.equals("setting") ? "key" : table.equals("erasure_in_progress") ? "contact_id" : "id";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table
                    + " ORDER BY " + key)) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        String text = v instanceof Number n
                                ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                                : String.valueOf(v);
                        row.append(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=')
                                .append(text).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            all.put(table, rows);
        }
        return all;
    }

    /** Every sheet's cells as text, but the About sheet's rows saying when and from which database. */
    private static Map<String, List<List<String>>> cells(Path xlsx) throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (Cell cell : row) {
                        values.add(cell.getColumnIndex() + ":" + text(cell));
                    }
                    if (!values.isEmpty() && ABOUT_ROWS_THAT_DIFFER.contains(text(row.getCell(0)))
                            && sheet.getSheetName().matches("(?i)om.*|about.*")) {
                        continue;
                    }
                    rows.add(values);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> "n" + cell.getNumericCellValue();
            case BOOLEAN -> "b" + cell.getBooleanCellValue();
            case FORMULA -> "f" + cell.getCellFormula();
            case BLANK -> "";
            default -> cell.getStringCellValue();
        };
    }
}
