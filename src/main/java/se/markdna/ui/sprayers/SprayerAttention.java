package se.markdna.ui.sprayers;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.service.SprayerService;

/**
 * The start-up notice: when sprayers are overdue, have an expired cartridge or are triggered, a
 * non-blocking notification says how many, with a button that opens the Service due view. Call
 * {@link #checkOnStart} from the main window once it is shown and the data is loaded.
 */
public final class SprayerAttention {

    private SprayerAttention() {
    }

    /** Counts off the JavaFX thread; shows nothing when all is well. */
    public static void checkOnStart(Window owner, AppServices services, Messages messages,
            Runnable openServiceDue) {
        Texts texts = new Texts(messages);
        Async.fx().run(() -> services.sprayers().attentionCounts(),
                counts -> show(owner, counts, texts, openServiceDue), e -> {
                    // a failed count must never stop the start; the Service due view shows the truth
                });
    }

    /** The notice text, or null when nothing needs attention. */
    public static String text(SprayerService.AttentionCounts c, Messages messages) {
        if (c == null || c.total() == 0) {
            return null;
        }
        return messages.get("spr.attention.text", c.overdue(), c.cartridgeExpired(), c.triggered());
    }

    private static void show(Window owner, SprayerService.AttentionCounts counts, Texts texts, Runnable open) {
        String text = text(counts, texts.messages());
        if (text == null) {
            return;
        }
        Notifications n = Notifications.create()
                .title(texts.get("spr.attention.title"))
                .text(text)
                .hideAfter(Duration.seconds(20))
                .action(new Action(texts.get("spr.attention.open"), e -> open.run()));
        if (owner != null) {
            n.owner(owner);
        }
        n.showWarning();
    }
}
