package se.markdna;

import se.markdna.cli.Cli;
import se.markdna.persistence.DataFolder;

/**
 * The entry point. Deliberately not a JavaFX Application: started from the class path, a main
 * class extending Application fails with "JavaFX runtime components are missing", and the command
 * line must work without starting JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("markdna.log.dir") == null) {
            System.setProperty("markdna.log.dir", DataFolder.get().resolve("logs").toString());
        }
        int code = Cli.run(args);
        // the GUI returns here after its window closed; commands return at once
        System.exit(code);
    }
}
