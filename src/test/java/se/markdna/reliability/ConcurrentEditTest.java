package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertySummary;
import se.markdna.service.AppServices;

/**
 * Two processes editing the same record: optimistic locking must turn every race into a reported
 * conflict (never a lost update), and IMMEDIATE transactions with a busy timeout must mean no
 * "database is locked" failures for ordinary contention.
 */
class ConcurrentEditTest {

    private static final int EDITS_PER_PROCESS = 300;
    private static final Pattern RESULT = Pattern.compile("conflicts=(\\d+) busy=(\\d+)");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void twoProcessesLoseNoEditAndMeetNoBusyError() throws Exception {
        Path db = dir.resolve("shared.db");
        AppServices services = AppServices.openWithoutBackup(db);
        services.demo().load(false);
        PropertySummary target = services.register().propertySummaries().get(0);
        int before = services.register().property(target.id()).orElseThrow().signs();

        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            workers.add(new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    "-Dmarkdna.log.dir=" + dir.resolve("logs"), ConcurrentEditWorker.class.getName(), db.toString(),
                    Long.toString(target.id()), Integer.toString(EDITS_PER_PROCESS))
                    .redirectErrorStream(true).start());
        }
        int busy = 0;
        int conflicts = 0;
        for (Process p : workers) {
            String out = output(p);
            assertThat(p.waitFor(160, TimeUnit.SECONDS)).as(out).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            Matcher m = RESULT.matcher(out);
            assertThat(m.find()).as(out).isTrue();
            conflicts += Integer.parseInt(m.group(1));
            busy += Integer.parseInt(m.group(2));
        }
        Property after = services.register().property(target.id()).orElseThrow();
        assertThat(after.signs()).as("lost updates").isEqualTo(before + 2 * EDITS_PER_PROCESS);
        assertThat(busy).as("busy errors").isZero();
        assertThat(conflicts).as("conflicts are reported and retried, not lost").isGreaterThanOrEqualTo(0);
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
