package se.markdna.persistence;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the application keeps its data: the user's data folder per OS, never the installation
 * folder, so uninstalling leaves the register alone.
 */
public final class DataFolder {

    public static final String APP_DIR = "markdna";
    public static final String DEFAULT_DB = "markdna.db";

    private DataFolder() {
    }

    public static Path get() {
        String override = System.getProperty("markdna.data.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "MarkDNA");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "MarkDNA");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), APP_DIR);
    }

    public static Path defaultDatabase() {
        return get().resolve(DEFAULT_DB);
    }
}
