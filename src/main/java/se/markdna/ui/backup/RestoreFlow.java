package se.markdna.ui.backup;

import se.markdna.ui.common.FileOpener;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import se.markdna.service.RestoreRefusedException;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * File › Återställ …: choose a backup ({@link RestoreDialog}), confirm with the real file names
 * (what is backed up where, and what replaces it), restore off the FX thread, then rebuild every
 * view ({@link Shell#dataChanged()}).
 *
 * <p>The open services stay open: the database keeps no connection between pieces of work, and
 * the service replaces the content through SQLite's backup API inside one transaction on the live
 * file (see {@code BackupService}). A refused file leaves the register as it was, and the user is
 * told why in plain words.
 */
public final class RestoreFlow {

    private final UiContext ctx;
    private final Notices notices;

    public RestoreFlow(UiContext ctx, Notices notices) {
        this.ctx = Objects.requireNonNull(ctx);
        this.notices = Objects.requireNonNull(notices);
    }

    /** From the menu: the dialog, then {@link #restore}. */
    public void start(Shell shell) {
        if (ctx.services().sharedDatabase()) {
            BackupMenu.explainShared(ctx);
            return;
        }
        RestoreDialog dialog = new RestoreDialog(new RestoreDialogModel(ctx.services().backups(), ctx.messages()),
                ctx.messages(), shell.window());
        Optional<BackupRow> chosen = dialog.showAndWait();
        chosen.ifPresent(row -> restore(shell, row));
    }

    /** Asks, then restores {@code row}'s file. Returns false when the user said no. */
    public boolean restore(Shell shell, BackupRow row) {
        if (ctx.services().sharedDatabase()) {
            BackupMenu.explainShared(ctx);
            return false;
        }
        Path from = row.file().toAbsolutePath();
        Path safety = ctx.services().backups().newBackupFile("before-restore");
        String when = row.takenText().isEmpty() ? row.fileName() : row.takenText();
        boolean yes = ctx.dialogs().confirm(ctx.text("bak.restore.confirm.title"),
                ctx.text("bak.restore.confirm.header", when),
                ctx.text("bak.restore.confirm.text", when, safety, from),
                ctx.text("bak.restore.confirm.ok"));
        if (!yes) {
            return false;
        }
        shell.runWithProgress(ctx.text("bak.restore.progress"), () -> {
            try {
                return Attempt.done(ctx.services().backups().restore(from, safety));
            } catch (RestoreRefusedException e) {
                return Attempt.<Path>failed(e);
            }
        }, attempt -> {
            if (attempt.ok()) {
                restored(shell, from, attempt.value());
            } else {
                refused(from, (RestoreRefusedException) attempt.failure());
            }
        });
        return true;
    }

    private void restored(Shell shell, Path from, Path safety) {
        shell.dataChanged();
        // file names only: a notification does not wrap, and "Visa i mapp" shows where they are
        String text = ctx.text("bak.restore.done", from.getFileName(), safety.getFileName());
        shell.notify(text);
        Notice notice = Notice.info(ctx.text("bak.restore.title"), text);
        notice = notice.withAction(ctx.text("bak.showFolder"), () -> new FileOpener().showInFolder(safety,
                () -> ctx.dialogs().info(ctx.text("exchange.common.cannotOpen.title"),
                        ctx.text("exchange.common.cannotOpen", safety.toAbsolutePath()))));
        notices.show(notice);
    }

    private void refused(Path from, RestoreRefusedException e) {
        String why = ctx.text("bak.restore.refused." + e.reason().name(),
                e.reason() == RestoreRefusedException.Reason.FAILED ? e.getMessage() : from);
        ctx.dialogs().error(ctx.text("bak.restore.failed.title"), why + "\n\n" + ctx.text("bak.restore.unchanged"));
    }
}
