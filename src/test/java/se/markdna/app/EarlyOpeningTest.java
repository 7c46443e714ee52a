package se.markdna.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.i18n.Messages;

/** The database is opened from launch on, before the start-up screen asks for it. */
class EarlyOpeningTest {

    @TempDir
    Path dir;

    @Test
    void opensTheDatabaseWithoutBeingAskedAndHandsOverTheResult() throws Exception {
        Path file = dir.resolve("early.db");
        EarlyOpening opening = EarlyOpening.start(file, new Messages(Messages.SWEDISH));
        // at work already: the file appears although nobody has asked for the result yet
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        assertThat(file).exists();
        DatabaseOpener.Result result = opening.get();
        assertThat(result.ok()).isTrue();
        assertThat(result.services().databaseFile()).isEqualTo(file.toAbsolutePath());
        assertThat(opening.get()).isSameAs(result);
        // then the same thread reads the property list ahead for the register's first screen
        opening.readAhead().get(20, TimeUnit.SECONDS);
        assertThat(result.services().register().propertySummaries()).isEmpty();
    }

    @Test
    void aRefusedFileComesBackAsTheOpenersResult() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "hello", StandardCharsets.UTF_8);
        DatabaseOpener.Result result = EarlyOpening.start(file, new Messages(Messages.SWEDISH)).get();
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("NOT_SQLITE");
    }
}
