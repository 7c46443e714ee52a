package se.markdna.ui.common;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a written file, or the folder holding it, with the desktop's own programs ("Öppna", "Visa
 * i mapp"). On Linux xdg-open is asked first: AWT's Desktop there loads GTK itself, which can clash
 * with the GTK JavaFX already uses, and is unsupported on many desktops anyway. Elsewhere Desktop
 * is used when the platform supports it. When nothing can, the caller is told so it can show where
 * the file is instead.
 */
public class FileOpener {

    private static final Logger LOG = LoggerFactory.getLogger(FileOpener.class);
    private static final int OPENER_WAIT_SECONDS = 12;

    /** Opens the file (or a folder: shows it). {@code onUnsupported} runs on the FX thread. */
    public void open(Path file, Runnable onUnsupported) {
        inBackground(() -> launch(file, false), onUnsupported);
    }

    /** Shows the folder the file is in (selecting the file where the platform can). */
    public void showInFolder(Path file, Runnable onUnsupported) {
        inBackground(() -> launch(file, true), onUnsupported);
    }

    /** Desktop calls may block for seconds; never on the FX thread. */
    private static void inBackground(java.util.function.BooleanSupplier work, Runnable onUnsupported) {
        Thread t = new Thread(() -> {
            boolean done;
            try {
                done = work.getAsBoolean();
            } catch (RuntimeException e) {
                LOG.warn("Could not open a file with the desktop", e);
                done = false;
            }
            if (!done) {
                Platform.runLater(onUnsupported);
            }
        }, "markdna-open-file");
        t.setDaemon(true);
        t.start();
    }

    /** True when something took the request. */
    protected boolean launch(Path file, boolean folder) {
        Path target = file.toAbsolutePath();
        Path dir = Files.isDirectory(target) ? target : target.getParent();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            // xdg-open's "no method available" is the desktop's final word; AWT would claim success
            // and open nothing (seen under X11 without a desktop environment)
            Boolean opened = run(List.of("xdg-open", (folder ? dir : target).toString()));
            return opened != null ? opened : desktop(target, dir, folder);
        }
        if (os.contains("mac")) {
            Boolean opened = run(folder ? List.of("open", "-R", target.toString())
                    : List.of("open", target.toString()));
            return opened != null ? opened : desktop(target, dir, folder);
        }
        if (os.contains("win") && folder && !Files.isDirectory(target)) {
            // explorer exits with 1 even when it did what it was asked, so its exit code says nothing
            if (start(List.of("explorer.exe", "/select,", target.toString())) != null) {
                return true;
            }
        }
        return desktop(target, dir, folder);
    }

    private static boolean desktop(Path target, Path dir, boolean folder) {
        if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
            return false;
        }
        Desktop d = Desktop.getDesktop();
        try {
            if (folder && d.isSupported(Desktop.Action.BROWSE_FILE_DIR) && !Files.isDirectory(target)) {
                d.browseFileDirectory(target.toFile());
                return true;
            }
            if (d.isSupported(Desktop.Action.OPEN)) {
                File f = (folder ? dir : target).toFile();
                d.open(f);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Desktop could not open {}: {}", target, e.toString());
        }
        return false;
    }

    /**
     * Runs a command: true when it succeeded or is still running (it has then opened something),
     * false when it failed, null when it is not installed.
     */
    private static Boolean run(List<String> command) {
        Process p = start(command);
        if (p == null) {
            return null;
        }
        try {
            // xdg-open takes a few seconds to try every browser before it gives up, so a short wait
            // would take its failure for success; a handler that stays in the foreground is success
            if (!p.waitFor(OPENER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            return p.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static Process start(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null; // not installed
        }
    }
}
