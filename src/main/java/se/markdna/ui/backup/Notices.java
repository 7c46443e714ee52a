package se.markdna.ui.backup;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.scene.control.Button;
import se.markdna.ui.common.CornerNotice;

/** Where {@link Notice}s go: a corner notification in the app, a list in tests. */
public interface Notices {

    /** Information fades after this long; warnings stay until the user closes them. */
    Duration INFO_TIME = Duration.seconds(12);

    void show(Notice notice);

    /** Notifications in the corner of {@code owner} (which may supply null before the window shows). */
    static Notices fx(Supplier<Window> owner) {
        return notice -> {
            List<Button> actions = notice.hasAction()
                    ? List.of(CornerNotice.action(notice.actionLabel(), notice.action()))
                    : List.of();
            // a warning about data safety must not vanish while the user looks elsewhere
            CornerNotice.show(owner.get(), notice.title() + "\n" + notice.text(), actions,
                    notice.warning() ? Duration.INDEFINITE : INFO_TIME, notice.warning());
        };
    }

    /** For tests: records every notice. */
    static Notices recording(List<Notice> shown) {
        return shown::add;
    }
}
