package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlite-jdbc unpacks its native library before the first connection. By default that is into
 * java.io.tmpdir, which is often mounted noexec on managed workstations; the launcher points it
 * at the data folder instead (org.sqlite.tmpdir). Proved with a child JVM whose temporary folder
 * cannot be used at all (a path below a plain file), which works even when tests run as root.
 */
class SqliteNativeFolderTest {

    @TempDir
    Path dir;

    @Test
    void theNativeLibraryIsUnpackedIntoTheDataFolderNotTmp() throws Exception {
        Path data = dir.resolve("data");
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path unusableTmp = notAFolder.resolve("tmp");
        Path db = dir.resolve("n.db");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + unusableTmp,
                "-Dmarkdna.data.dir=" + data,
                "-Dmarkdna.log.dir=" + dir.resolve("logs"),
                "se.markdna.Launcher", "check", "--db", db.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("integrity: ok");
        assertThat(data.resolve("native")).isDirectory();
    }

    @Test
    void withoutTheDataFolderTheSameUnusableTmpStopsTheDriver() throws Exception {
        // the control experiment: the child above passes only because of org.sqlite.tmpdir
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + notAFolder.resolve("tmp"),
                "-Dorg.sqlite.tmpdir=" + notAFolder.resolve("tmp"),
                "-Dmarkdna.data.dir=" + dir.resolve("data"),
                "-Dmarkdna.log.dir=" + dir.resolve("logs"),
                "se.markdna.Launcher", "check", "--db", dir.resolve("m.db").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isNotZero();
    }
}
