package se.markdna.ui.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a folder in the system's file manager. The platform's own opener is started as a process
 * rather than through {@code java.awt.Desktop}: loading AWT beside JavaFX on Linux can pull in a
 * second GTK, and a missing opener only means there is no "Visa i mapp" button.
 */
final class FolderOpener {

    private static final Logger LOG = LoggerFactory.getLogger(FolderOpener.class);

    private FolderOpener() {
    }

    /** The command that opens a folder here, or an empty list when there is none. */
    static List<String> command(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("explorer.exe", folder.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", folder.toString());
        }
        if (onPath("xdg-open")) {
            return List.of("xdg-open", folder.toString());
        }
        return List.of();
    }

    static boolean available() {
        return !command(Path.of(".")).isEmpty();
    }

    /** Starts the opener and returns at once; failures are only logged. */
    static void open(Path folder) {
        List<String> cmd = command(folder);
        if (cmd.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.warn("Could not open folder {}", folder, e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
