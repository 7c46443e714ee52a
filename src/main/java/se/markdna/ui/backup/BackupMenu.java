package se.markdna.ui.backup;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.shell.ShellAction;

/**
 * The backup group of the File menu: "Säkerhetskopiera nu" and "Återställ …"; on a shared
 * database one entry explaining that backups are made on the server.
 */
public final class BackupMenu {

    private BackupMenu() {
    }

    public static List<ShellAction> actions(UiContext ctx) {
        return actions(ctx, Notices.fx(() -> ctx.shell().window()));
    }

    /** With the notices to use (tests record them). */
    public static List<ShellAction> actions(UiContext ctx, Notices notices) {
        if (ctx.services().sharedDatabase()) {
            // backups of a shared database are the server's job: one entry that says so instead
            return List.of(new ShellAction("backup-shared", "ui.shared.backup.menu", "mdal-backup", null,
                    shell -> explainShared(ctx)));
        }
        return List.of(
                new ShellAction("backup-now", "bak.menu.now", "mdal-backup",
                        new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        shell -> new BackupNow(ctx, notices).run(shell)),
                new ShellAction("restore", "bak.menu.restore", "mdmz-settings_backup_restore", null,
                        shell -> new RestoreFlow(ctx, notices).start(shell)));
    }

    /** Why there is no backup or restore here on a shared database, and what to do instead. */
    public static void explainShared(UiContext ctx) {
        ctx.dialogs().info(ctx.text("ui.shared.backup.title"),
                ctx.text("ui.shared.backup.text", ctx.services().databaseDescription()));
    }
}
