package se.markdna.ui.sprayers;

import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.i18n.Messages;
import se.markdna.service.SprayerService;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Places;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * The start-up notice: when sprayers are overdue, have an expired cartridge or are triggered, a
 * non-blocking notice in the main window's corner says how many, with a button that opens
 * the Service due view. Listed in {@code Navigation.afterStart}.
 */
public final class SprayerAttention {

    private static final Logger LOG = LoggerFactory.getLogger(SprayerAttention.class);
    /** Long enough to be read after the first screen has drawn the eye; it can be closed at once. */
    static final Duration SHOWN_FOR = Duration.seconds(20);

    private SprayerAttention() {
    }

    /** Counts off the JavaFX thread, then shows the notice; nothing at all when all is well. */
    public static void checkOnStart(UiContext ctx, Shell shell) {
        BackgroundTask.of(() -> ctx.services().sprayers().attentionCounts())
                .onSuccess(counts -> show(shell, counts, ctx.messages()))
                // a failed count must never disturb the start; the Service due view shows the truth
                .onFailure(e -> LOG.warn("Could not count the sprayers needing attention", e))
                .start();
    }

    /** The notice's heading: how many sprayers (each counted once), or null when none needs attention. */
    public static String title(SprayerService.AttentionCounts c, Messages messages) {
        if (c == null || c.total() == 0) {
            return null;
        }
        return messages.get("spr.attention.summary", c.total());
    }

    /** The notice's text: how many for each reason (a sprayer may have more than one). */
    public static String text(SprayerService.AttentionCounts c, Messages messages) {
        return messages.get("spr.attention.text", c.overdue(), c.cartridgeExpired(), c.triggered());
    }

    static NoticePopup show(Shell shell, SprayerService.AttentionCounts counts, Messages messages) {
        String title = title(counts, messages);
        if (title == null) {
            return null;
        }
        return NoticePopup.show(shell.window(), title, text(counts, messages),
                messages.get("spr.attention.open"), () -> shell.navigate(Places.SERVICE_DUE),
                messages.get("spr.attention.close"), SHOWN_FOR);
    }
}
