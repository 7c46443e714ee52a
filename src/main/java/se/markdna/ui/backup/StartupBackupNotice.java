package se.markdna.ui.backup;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * The start-up backup now finishes while the user already works; when it fails, the user must
 * still hear of it (as a refused start told them before): a warning that stays until closed,
 * naming the reason, and a line in the status bar.
 */
public final class StartupBackupNotice {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBackupNotice.class);

    private final UiContext ctx;
    private final Notices notices;

    StartupBackupNotice(UiContext ctx, Notices notices) {
        this.ctx = Objects.requireNonNull(ctx);
        this.notices = Objects.requireNonNull(notices);
    }

    /** The check as the main window runs it after start ({@code Navigation.afterStart}). */
    public static Consumer<Shell> atStart(UiContext ctx) {
        return shell -> new StartupBackupNotice(ctx, Notices.fx(shell::window)).watch(ctx.services().startupBackup(),
                shell);
    }

    void watch(CompletableFuture<java.nio.file.Path> backup, Shell shell) {
        backup.whenComplete((file, failure) -> {
            if (failure == null) {
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            LOG.error("The start-up backup failed", cause);
            Platform.runLater(() -> {
                notices.show(Notice.warning(ctx.text("bak.startup.failed.title"),
                        ctx.text("bak.startup.failed.text", String.valueOf(cause.getMessage()))));
                shell.notify(ctx.text("bak.startup.failed.status"));
            });
        });
    }
}
