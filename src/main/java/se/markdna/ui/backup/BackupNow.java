package se.markdna.ui.backup;

import se.markdna.ui.common.FileOpener;

import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.ui.common.ErrorHandler;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * File › Säkerhetskopiera nu: an online backup into the backups folder, off the FX thread behind
 * the shell's progress overlay, then a notice naming the file (with "Visa i mapp" where the
 * system has a file manager to open).
 */
public final class BackupNow {

    private static final Logger LOG = LoggerFactory.getLogger(BackupNow.class);

    private final UiContext ctx;
    private final Notices notices;

    public BackupNow(UiContext ctx, Notices notices) {
        this.ctx = Objects.requireNonNull(ctx);
        this.notices = Objects.requireNonNull(notices);
    }

    public void run(Shell shell) {
        if (ctx.services().sharedDatabase()) {
            BackupMenu.explainShared(ctx);
            return;
        }
        shell.runWithProgress(ctx.text("bak.now.progress"), () -> {
            try {
                return Attempt.done(ctx.services().backups().backupNow("manual"));
            } catch (RuntimeException e) {
                // a full disk or a read-only backups folder: told plainly; the register is untouched
                LOG.warn("Backup failed", e);
                return Attempt.<Path>failed(e);
            }
        }, attempt -> {
            if (!attempt.ok()) {
                ctx.dialogs().error(ctx.text("bak.now.failed.title"),
                        ctx.text("bak.now.failed", ErrorHandler.shortMessage(attempt.failure())));
                return;
            }
            Path file = attempt.value();
            shell.notify(ctx.text("bak.now.done", file.getFileName()));
            Notice notice = Notice.info(ctx.text("bak.now.done.title"), ctx.text("bak.now.done", file));
                notice = notice.withAction(ctx.text("bak.showFolder"), () -> new FileOpener().showInFolder(file,
                    () -> ctx.dialogs().info(ctx.text("exchange.common.cannotOpen.title"),
                            ctx.text("exchange.common.cannotOpen", file.toAbsolutePath()))));
            notices.show(notice);
        });
    }
}
