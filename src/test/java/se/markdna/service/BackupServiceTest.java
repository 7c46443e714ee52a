package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.settings.Settings;
import se.markdna.persistence.Database;
import se.markdna.persistence.Repositories;

/** Online backups, rotation by the "keep" setting, and restores that refuse anything unsafe. */
class BackupServiceTest {

    @TempDir
    Path dir;

    private AppServices demo(String name) {
        AppServices s = AppServices.openWithoutBackup(dir.resolve(name));
        s.demo().load(false);
        return s;
    }

    private static Map<String, Long> counts(Path file) {
        return Database.readOnly(file, Repositories::counts);
    }

    @Test
    void aBackupOpensAsARegisterWithTheSameCounts() {
        AppServices s = demo("reg.db");
        Path backup = s.backups().backupNow("manual");
        assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(backup.getFileName().toString()).startsWith("reg-").endsWith("-manual.db");
        assertThat(AppServices.openWithoutBackup(backup).health().check().healthy()).isTrue();
        assertThat(counts(backup)).isEqualTo(s.health().counts());
        assertThat(s.backups().backups()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("manual");
            assertThat(b.size()).isPositive();
        });
    }

    @Test
    void rotationKeepsTheNumberOfBackupsInTheSettings() {
        Instant t0 = Instant.parse("2025-03-01T08:00:00Z");
        MutableClock clock = new MutableClock(t0);
        AppServices s = new AppServices(Database.open(dir.resolve("rot.db")), () -> "test", clock);
        Settings d = s.settings().current();
        assertThat(d.backupsToKeep()).isEqualTo(7); // the default
        s.settings().save(new Settings(d.kitCost(), d.signCost(), d.stickerCost(), d.sprayerInstallCost(),
                d.sprayerServiceCost(), d.defaultServiceIntervalMonths(), d.cartridgeInServiceMonths(),
                d.cartridgeShelfLifeMonths(), d.kitShelfLifeMonths(), d.warningHorizonDays(),
                d.coverageThreshold(), d.weights(), 3));
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.now = t0.plus(Duration.ofMinutes(i));
            made.add(s.backups().backupNow("manual"));
        }
        assertThat(s.backups().list()).containsExactlyElementsOf(made.subList(2, 5));
        // newest first for the restore dialog
        assertThat(s.backups().backups()).extracting(BackupService.BackupFile::file)
                .containsExactly(made.get(4), made.get(3), made.get(2));
    }

    @Test
    void theStartUpBackupIsRotatedToo() {
        Path file = dir.resolve("start.db");
        AppServices.openWithoutBackup(file).demo().load(false);
        for (int i = 0; i < 9; i++) {
            AppServices.open(file);
        }
        AppServices s = AppServices.openWithoutBackup(file);
        assertThat(s.backups().list()).hasSize(7).allSatisfy(p -> assertThat(p.toString()).endsWith("-start.db"));
    }

    @Test
    void restoreBringsBackADeletedRowAndKeepsABackupOfWhatWasThere() {
        AppServices s = demo("live.db");
        Path backup = s.backups().backupNow("manual");
        Map<String, Long> before = s.health().counts();
        PropertySummary victim = s.register().propertySummaries().get(0);
        s.register().deleteProperty(s.register().property(victim.id()).orElseThrow());
        Map<String, Long> afterDelete = s.health().counts();
        assertThat(afterDelete.get("properties")).isEqualTo(before.get("properties") - 1);

        Path safety = s.backups().newBackupFile("before-restore");
        assertThat(s.backups().restore(backup, safety)).isEqualTo(safety);

        // the same open services see the restored content at once
        assertThat(s.register().property(victim.id())).isPresent();
        assertThat(s.health().counts().get("properties")).isEqualTo(before.get("properties"));
        assertThat(s.health().check().healthy()).isTrue();
        assertThat(counts(safety).get("properties")).isEqualTo(afterDelete.get("properties"));
        assertThat(s.backups().list()).contains(backup, safety);
        // no staging copy is left behind
        assertThat(dir.resolve("backups").toFile().list()).noneMatch(n -> n.startsWith(".restoring"));
    }

    @Test
    void aTextFileIsRefusedAndTheRegisterStaysAsItWas() throws Exception {
        AppServices s = demo("keep.db");
        Map<String, Long> before = s.health().counts();
        Path text = Files.writeString(dir.resolve("notes.db"), "fastighet;kontakt\nLund;Greta\n");
        assertRefused(s, text, RestoreRefusedException.Reason.NOT_A_DATABASE);
        Path empty = Files.createFile(dir.resolve("empty.db"));
        assertRefused(s, empty, RestoreRefusedException.Reason.NOT_A_DATABASE);
        assertRefused(s, dir.resolve("missing.db"), RestoreRefusedException.Reason.NOT_FOUND);
        assertRefused(s, s.databaseFile(), RestoreRefusedException.Reason.SAME_FILE);
        assertThat(s.health().counts()).isEqualTo(before);
        assertThat(s.backups().list()).isEmpty(); // refused before the safety backup
    }

    @Test
    void anotherSqliteFileIsNotARegister() {
        AppServices s = demo("keep.db");
        Map<String, Long> before = s.health().counts();
        Path other = dir.resolve("other.db");
        Database.open(dir.resolve("scratch.db")); // make sure the driver can create files here
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipe (name TEXT)");
            st.executeUpdate("INSERT INTO recipe VALUES ('kanelbulle')");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertRefused(s, other, RestoreRefusedException.Reason.NOT_A_REGISTER);
        assertThat(s.health().counts()).isEqualTo(before);
    }

    @Test
    void aBackupFromANewerVersionIsRefused() {
        AppServices s = demo("keep.db");
        Path newer = s.backups().backupNow("manual");
        AppServices.openWithoutBackup(newer).database().write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                        + " type, script, checksum, installed_by, installed_on, execution_time, success)"
                        + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', '2030-01-01 00:00:00', 1, 1)");
            }
        });
        Map<String, Long> before = s.health().counts();
        assertRefused(s, newer, RestoreRefusedException.Reason.NEWER_VERSION);
        assertThat(s.health().counts()).isEqualTo(before);
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        AppServices s = demo("keep.db");
        Path good = s.backups().backupNow("manual");
        byte[] bytes = Files.readAllBytes(good);
        // overwrite pages in the middle (table and index b-trees) but keep the header intact
        for (int i = bytes.length / 3; i < bytes.length / 3 + 8192 && i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Path damaged = Files.write(dir.resolve("damaged.db"), bytes);
        Map<String, Long> before = s.health().counts();
        assertRefused(s, damaged, RestoreRefusedException.Reason.DAMAGED);
        assertThat(s.health().counts()).isEqualTo(before);
        assertThat(s.health().check().healthy()).isTrue();
    }

    @Test
    void anOlderBackupIsMigratedBeforeItReplacesTheRegister() {
        AppServices s = demo("keep.db");
        Path old = s.backups().backupNow("manual");
        // the backup as version 1 wrote it: without V2's column and table
        AppServices.openWithoutBackup(old).database().write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '2'");
                st.executeUpdate("DROP TRIGGER audit_change_no_update");
                st.executeUpdate("CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change"
                        + " BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END");
                st.executeUpdate("DROP TABLE erasure_in_progress");
                st.executeUpdate("ALTER TABLE contact DROP COLUMN erased_at");
            }
            return null;
        });
        s.backups().restore(old);
        Long erasedColumn = s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM pragma_table_info('contact') WHERE name = 'erased_at'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(erasedColumn).isEqualTo(1L);
        assertThat(s.health().check().healthy()).isTrue();
    }

    @Test
    void aBackupTakenWhileAnotherProcessWritesIsConsistent() throws Exception {
        Path file = dir.resolve("busy.db");
        AppServices s = AppServices.openWithoutBackup(file);
        int n = 400;
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmarkdna.log.dir=" + dir.resolve("logs"),
                BackupWriterWorker.class.getName(), file.toString(), Integer.toString(n))
                .redirectErrorStream(true).start();
        AtomicReference<String> output = new AtomicReference<>("");
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("started");
        Thread drain = new Thread(() -> out.lines().forEach(l -> output.updateAndGet(o -> o + l + "\n")));
        drain.start();
        List<Path> backups = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        while (writer.isAlive() && backups.size() < 40) {
            Path b = dir.resolve("copies").resolve("b" + backups.size() + ".db");
            Files.createDirectories(b.getParent());
            s.backups().backupTo(b);
            backups.add(b);
        }
        assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        drain.join(5_000);
        assertThat(writer.exitValue()).as(output.get()).isZero();
        for (Path b : backups) {
            long[] figures = Database.readOnly(b, c -> {
                assertThat(Repositories.integrityProblems(c)).isEmpty();
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM organisation),"
                                + " (SELECT count(*) FROM audit_entry WHERE entity = 'organisation'"
                                + " AND action = 'INSERT')")) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            });
            // every organisation was written with its audit entry in one transaction: a backup
            // that caught one without the other would not be consistent
            assertThat(figures[0]).as(b.toString()).isEqualTo(figures[1]);
            seen.add(figures[0]);
        }
        assertThat(seen).isSorted();
        assertThat(seen.stream().anyMatch(x -> x > 0 && x < n)).as("a backup was taken mid-way: " + seen).isTrue();
        assertThat(s.health().counts().get("organisations")).isEqualTo((long) n);
    }

    private static void assertRefused(AppServices s, Path file, RestoreRefusedException.Reason reason) {
        assertThatThrownBy(() -> s.backups().restore(file))
                .isInstanceOfSatisfying(RestoreRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** A clock the test moves, so that backups get distinct, ordered names. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theGuisStartupBackupOfACurrentFileIsTakenBehindAndIsComplete() throws Exception {
        Path file = dir.resolve("behind.db");
        AppServices.openWithoutBackup(file).demo().load(false);
        AppServices s = AppServices.openWithBackupBehind(file);
        assertThat(s.startupBackup()).as("left for the caller to start").isNotDone();
        assertThat(s.backups().list()).isEmpty();
        s.startStartupBackup();
        Path backup = s.startupBackup().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(backup).isNotNull().exists();
        assertThat(backup.getFileName().toString()).endsWith("-start.db");
        assertThat(s.backups().list()).containsExactly(backup);
        try (var names = Files.list(backup.getParent())) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(AppServices.openWithoutBackup(backup).health().counts()).isEqualTo(s.health().counts());
    }

    @Test
    void theGuisStartTakesNoBackupOfANewRegister() throws Exception {
        AppServices s = AppServices.openWithBackupBehind(dir.resolve("new.db"));
        assertThat(s.startupBackup().get(10, java.util.concurrent.TimeUnit.SECONDS)).isNull();
        assertThat(s.backups().list()).isEmpty();
    }

    @Test
    void aStartThatMigratesBacksUpBeforeOpening() throws Exception {
        Path file = dir.resolve("old.db");
        // a register at version 1 only: opening it migrates
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:se/markdna/db/migration").target("1").load().migrate();
        AppServices s = AppServices.openWithBackupBehind(file);
        Path backup = s.backups().list().get(0);
        assertThat(s.startupBackup()).as("complete before the file was opened").isCompletedWithValue(backup);
        assertThat(backup.getFileName().toString()).endsWith("-start.db");
        // the backup holds the register as it was: at version 1, not migrated
        String backedUpVersion = Database.readOnly(backup, c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT max(version) FROM flyway_schema_history WHERE success")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(backedUpVersion).isEqualTo("1");
        s.startStartupBackup(); // nothing more to do
        assertThat(s.backups().list()).hasSize(1);
    }

    @Test
    void aBackupCutShortIsNeverListedAndIsClearedAtTheNextStart() throws Exception {
        Path file = dir.resolve("cut.db");
        AppServices.openWithoutBackup(file).demo().load(false);
        Path folder = BackupService.folderFor(file);
        Files.createDirectories(folder);
        Path leftover = folder.resolve("cut-20260101-120000-000-start.db.part");
        Files.writeString(leftover, "half a backup");
        AppServices s = AppServices.openWithBackupBehind(file);
        assertThat(s.backups().list()).noneMatch(p -> p.equals(leftover));
        s.startStartupBackup();
        s.startupBackup().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(leftover).doesNotExist();
        assertThat(s.backups().list()).hasSize(1);
    }
}
