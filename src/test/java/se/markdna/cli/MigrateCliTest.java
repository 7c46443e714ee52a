package se.markdna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * migrate's refusals that need no server: the file is checked before the password is asked for.
 * The copy itself is tested on the test cluster in persistence.RegisterCopyTest.
 */
class MigrateCliTest {

    private static final String TARGET = "postgresql://localhost:1/register?user=admin";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aMissingFileIsRefusedWithoutCreatingIt() {
        Path missing = dir.resolve("register.db");
        assertThat(run("migrate", "--from", missing.toString(), "--to", TARGET)).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("No such file").contains("register.db").doesNotContain("\tat ");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithTheApplicationsMessage() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "just some text, not SQLite");
        assertThat(run("migrate", "--from", notes.toString(), "--to", TARGET)).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("notes.db").doesNotContain("Exception");
    }

    @Test
    void theTargetMustBeASharedDatabase() {
        assertThat(run("migrate", "--from", "a.db", "--to", dir.resolve("b.db").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("postgresql://");
        assertThat(run("migrate", "--from", "a.db", "--to", "postgresql://host/db?user=x&password=y"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("migrate", "--from", "a.db")).isEqualTo(ExitCode.USAGE);
    }
}
