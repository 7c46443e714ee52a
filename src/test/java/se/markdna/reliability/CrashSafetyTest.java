package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.service.AppServices;
import se.markdna.service.HealthService;

/**
 * Kills an import with SIGKILL at random moments, some of them inside the transaction, and checks
 * after each kill that the file is intact and holds either none or all of the import's rows.
 */
class CrashSafetyTest {

    private static final int ROWS = 15_000;
    private static final int KILLS = 10;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aKilledImportLeavesNoneOrAllOfItsRows() throws Exception {
        Path db = dir.resolve("crash.db");
        int baseline = Math.toIntExact(demo(db));
        Path csv = writeProperties(dir.resolve("properties.csv"));
        Random random = new Random(20261125);
        int killedMidway = 0;
        int completed = 0;
        for (int round = 0; round < KILLS; round++) {
            Process p = new ProcessBuilder(ConcurrentEditTest.javaBin(), "-cp", System.getProperty("java.class.path"),
                    "-Dmarkdna.log.dir=" + dir.resolve("logs"), ImportWorker.class.getName(), db.toString(),
                    csv.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).isEqualTo("started");
            Thread.sleep(50 + random.nextInt(1500)); // a random moment to kill at is the point of this test
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            p.waitFor(20, TimeUnit.SECONDS);
            if (finished) {
                completed++;
            } else {
                killedMidway++;
            }
            HealthService.Report health = AppServices.openWithoutBackup(db).health().check();
            assertThat(health.problems()).as("integrity after kill %d", round).isEmpty();
            long properties = health.counts().get("properties");
            assertThat(properties).as("rows after kill %d", round).isIn((long) baseline, (long) baseline + ROWS);
            if (properties == baseline + ROWS) {
                // the import got through: start again from the baseline for the next round
                demoReset(db);
            }
        }
        assertThat(killedMidway).as("kills that hit a running import").isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(completed + killedMidway).isEqualTo(KILLS);
    }

    private long demo(Path db) {
        AppServices services = AppServices.openWithoutBackup(db);
        services.demo().load(false);
        return services.health().counts().get("properties");
    }

    private void demoReset(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        demo(db);
    }

    private static Path writeProperties(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Fastighetsbeteckning;Namn;Gatuadress;Postnummer;Postort;Område;Byggnadstyp;Lägenheter;Status\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("Lund Krasch " + i + ":1;Hus " + i + ";Kraschgatan " + i + ";223 " + (10 + i % 90)
                        + ";Lund;Klostergården;Flerbostadshus;" + (10 + i % 200) + ";Aktiv\n");
            }
        }
        return file;
    }
}
