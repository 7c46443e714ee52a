package se.markdna.app;

import java.nio.file.Path;
import java.util.Objects;
import se.markdna.i18n.Messages;

/** What the command line asked of the GUI. */
public record LaunchOptions(Path dbFile, Messages messages, boolean smokeTest) {

    public LaunchOptions {
        Objects.requireNonNull(dbFile);
        Objects.requireNonNull(messages);
    }
}
