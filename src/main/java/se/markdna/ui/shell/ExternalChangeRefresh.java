package se.markdna.ui.shell;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import se.markdna.ui.common.UiContext;

/**
 * On a shared database: reads the open view again shortly after another user's change was
 * announced, and says so in the status bar. Announcements that come in a burst (an import, a
 * colleague saving several records) are answered with one read.
 */
final class ExternalChangeRefresh {

    static final Duration SETTLE = Duration.millis(800);

    private ExternalChangeRefresh() {
    }

    static void attach(UiContext ctx, MainWindow window) {
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            if (window.busyProperty().get()) {
                settle.playFromStart(); // a long task of this user's first; then read
                return;
            }
            window.refresh();
            window.notify(ctx.text("ui.shared.changedElsewhere"));
        });
        ctx.services().onExternalChange(() -> Platform.runLater(settle::playFromStart));
    }
}
