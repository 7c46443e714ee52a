package se.markdna.ui.exchange;

import se.markdna.ui.common.CornerNotice;
import se.markdna.ui.common.FileOpener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.util.Duration;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * Announces a finished export, import or template: a notification in the main window's corner
 * with "Öppna" and "Visa i mapp" for a written file, and the same text in the status bar, where it
 * can still be read after the notification has gone.
 */
public interface DoneNotice {

    /** @param file the file written, or null when there is none to open (an import) */
    void show(String title, String text, Path file);

    static DoneNotice fx(UiContext ctx, Shell shell, FileOpener opener) {
        return (title, text, file) -> {
            shell.notify(title + ": " + text.replace('\n', ' '));
            List<Button> actions = new ArrayList<>();
            if (file != null) {
                Runnable unsupported = () -> ctx.dialogs().info(ctx.text("exchange.common.cannotOpen.title"),
                        ctx.text("exchange.common.cannotOpen", file.toAbsolutePath()));
                actions.add(CornerNotice.action(ctx.text("exchange.common.open"),
                        () -> opener.open(file, unsupported)));
                actions.add(CornerNotice.action(ctx.text("exchange.common.showInFolder"),
                        () -> opener.showInFolder(file, unsupported)));
                actions.get(0).setId("exchange-notice-open");
                actions.get(1).setId("exchange-notice-folder");
            }
            CornerNotice.show(shell.window(), title + "\n" + text, actions,
                    Duration.seconds(file == null ? 10 : 30));
        };
    }
}
