package se.markdna.ui.backup;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.shell.ShellAction;

/** The backup group of the File menu: "Säkerhetskopiera nu" and "Återställ …". */
public final class BackupMenu {

    private BackupMenu() {
    }

    public static List<ShellAction> actions(UiContext ctx) {
        return actions(ctx, Notices.fx(() -> ctx.shell().window()));
    }

    /** With the notices to use (tests record them). */
    public static List<ShellAction> actions(UiContext ctx, Notices notices) {
        return List.of(
                new ShellAction("backup-now", "bak.menu.now", "mdal-backup",
                        new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        shell -> new BackupNow(ctx, notices).run(shell)),
                new ShellAction("restore", "bak.menu.restore", "mdmz-settings_backup_restore", null,
                        shell -> new RestoreFlow(ctx, notices).start(shell)));
    }
}
