package se.markdna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void backupThenRestoreAndARefusedFileExitsOneWithItsReason() throws Exception {
        String db = dir.resolve("m.db").toString();
        assertThat(run("demo", "--db", db)).isZero();
        Path backup = dir.resolve("nested/folder/copy.db");
        assertThat(run("backup", "--db", db, "--out", backup.toString())).as(err.toString()).isZero();
        assertThat(backup).exists();

        assertThat(run("restore", "--db", db, "--from", backup.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("restored");

        Path notADatabase = dir.resolve("notes.db");
        Files.writeString(notADatabase, "just some text, not SQLite");
        long before = Files.size(Path.of(db));
        assertThat(run("restore", "--db", db, "--from", notADatabase.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("notes.db").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("check", "--db", db)).isZero();
        assertThat(Files.size(Path.of(db))).isEqualTo(before);
    }
}
