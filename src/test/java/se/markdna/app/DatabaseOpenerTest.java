package se.markdna.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.i18n.Messages;

/** Opening the database at start-up, without a window. */
class DatabaseOpenerTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotSqliteIsRefusedWithItsMessageAndLeftUntouched() throws Exception {
        Path file = dir.resolve("hello.db");
        Files.writeString(file, "hello", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        Messages sv = new Messages(Messages.SWEDISH);

        DatabaseOpener.Result result = DatabaseOpener.open(file, sv);

        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("NOT_SQLITE");
        assertThat(result.message()).isEqualTo(sv.get("db.error.NOT_SQLITE", file.toAbsolutePath().toString()))
                .startsWith("Filen är ingen Märk-DNA-databas");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isNotNull();
        // nothing else was created next to it (no journal, no WAL)
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("hello.db");
        }
    }

    @Test
    void theMessageFollowsTheLanguage() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "hello", StandardCharsets.UTF_8);
        DatabaseOpener.Result result = DatabaseOpener.open(file, new Messages(Messages.ENGLISH));
        assertThat(result.message()).contains(file.toAbsolutePath().toString()).doesNotContain("Filen");
    }

    @Test
    void aNewFileIsCreatedAndOpened() {
        DatabaseOpener.Result result = DatabaseOpener.open(dir.resolve("new.db"), new Messages(Messages.SWEDISH));
        assertThat(result.ok()).isTrue();
        assertThat(result.services().health().isRegisterEmpty()).isTrue();
    }
}
