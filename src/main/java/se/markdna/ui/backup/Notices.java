package se.markdna.ui.backup;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/** Where {@link Notice}s go: a ControlsFX notification in the app, a list in tests. */
public interface Notices {

    /** Information fades after this long; warnings stay until the user closes them. */
    Duration INFO_TIME = Duration.seconds(12);

    void show(Notice notice);

    /** Notifications in the corner of {@code owner} (which may supply null before the window shows). */
    static Notices fx(Supplier<Window> owner) {
        return notice -> {
            Notifications n = Notifications.create()
                    .title(notice.title())
                    .text(notice.text())
                    // a warning about data safety must not vanish while the user looks elsewhere
                    .hideAfter(notice.warning() ? Duration.INDEFINITE : INFO_TIME);
            if (notice.hasAction()) {
                n.action(new Action(notice.actionLabel(), e -> notice.action().run()));
            }
            Window w = owner.get();
            if (w != null) {
                n.owner(w);
            }
            if (notice.warning()) {
                n.showWarning();
            } else {
                n.showInformation();
            }
        };
    }

    /** For tests: records every notice. */
    static Notices recording(List<Notice> shown) {
        return shown::add;
    }
}
