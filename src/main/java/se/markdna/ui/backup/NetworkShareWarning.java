package se.markdna.ui.backup;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * Once at start: when the database file is on NFS/SMB, a warning that stays until closed (not a
 * modal dialog: the user may have no other place to work today) saying that SQLite's locking is
 * unsafe there and that the shared-database mode (PostgreSQL) is meant for sharing. Nothing on
 * a shared database.
 */
public final class NetworkShareWarning {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkShareWarning.class);

    /** Tells whether a database file is on a network share; injected in tests. */
    @FunctionalInterface
    public interface Detector {
        boolean onNetworkShare(Path databaseFile);
    }

    private final UiContext ctx;
    private final Notices notices;
    private final Detector detector;

    public NetworkShareWarning(UiContext ctx, Notices notices, Detector detector) {
        this.ctx = Objects.requireNonNull(ctx);
        this.notices = Objects.requireNonNull(notices);
        this.detector = Objects.requireNonNull(detector);
    }

    /** The check as the main window runs it after start ({@code Navigation.afterStart}). */
    public static Consumer<Shell> atStart(UiContext ctx) {
        if (ctx.services().sharedDatabase()) {
            return shell -> { }; // a server is no file on a share
        }
        return shell -> new NetworkShareWarning(ctx, Notices.fx(shell::window),
                file -> ctx.services().databaseOnNetworkShare()).check(shell);
    }

    /**
     * Asks the detector off the FX thread (a hung network mount must not freeze the window), then
     * shows the warning when needed. A failed check is only logged: it must never stop the start.
     */
    public void check(Shell shell) {
        if (ctx.services().sharedDatabase()) {
            return;
        }
        Path file = ctx.services().databaseFile();
        BackgroundTask.of(() -> detector.onNetworkShare(file))
                .onSuccess(onShare -> {
                    if (Boolean.TRUE.equals(onShare)) {
                        notices.show(Notice.warning(ctx.text("bak.network.title"), ctx.text("bak.network.text", file)));
                        shell.notify(ctx.text("bak.network.status"));
                    }
                })
                .onFailure(e -> LOG.warn("Could not tell whether {} is on a network share", file, e))
                .start();
    }
}
