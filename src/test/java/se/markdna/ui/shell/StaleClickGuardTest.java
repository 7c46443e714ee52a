package se.markdna.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

class StaleClickGuardTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Node map = new Pane();
    private final Node table = new Pane();
    private final AtomicReference<Node> view = new AtomicReference<>(map);
    private final StaleClickGuard guard =
            new StaleClickGuard(() -> Optional.ofNullable(view.get()), now::get);

    @Test
    void theSecondPressOfADoubleClickThatReplacedTheViewIsSwallowedWithItsClick() {
        click(100, 100);
        view.set(table);
        now.addAndGet(900_000_000L);

        assertThat(deliver(MouseEvent.MOUSE_PRESSED, 100, 100)).isTrue();
        assertThat(deliver(MouseEvent.MOUSE_RELEASED, 100, 100)).isTrue();
        assertThat(deliver(MouseEvent.MOUSE_CLICKED, 100, 100)).isTrue();
    }

    @Test
    void aPressOnTheSameViewIsLeftAlone() {
        click(100, 100);
        now.addAndGet(100_000_000L);

        assertThat(deliver(MouseEvent.MOUSE_PRESSED, 100, 100)).isFalse();
    }

    @Test
    void aPressElsewhereOnTheNewViewIsLeftAlone() {
        click(100, 100);
        view.set(table);
        now.addAndGet(100_000_000L);

        assertThat(deliver(MouseEvent.MOUSE_PRESSED, 140, 100)).isFalse();
    }

    @Test
    void aLaterDeliberateClickAtTheSamePlaceIsLeftAlone() {
        click(100, 100);
        view.set(table);
        now.addAndGet(StaleClickGuard.DOUBLE_CLICK_NANOS + 1);

        assertThat(deliver(MouseEvent.MOUSE_PRESSED, 100, 100)).isFalse();
        assertThat(deliver(MouseEvent.MOUSE_CLICKED, 100, 100)).isFalse();
    }

    @Test
    void pointerMovesAreNeverSwallowed() {
        click(100, 100);
        view.set(table);
        deliver(MouseEvent.MOUSE_PRESSED, 100, 100);

        assertThat(deliver(MouseEvent.MOUSE_MOVED, 100, 100)).isFalse();
    }

    private void click(double x, double y) {
        deliver(MouseEvent.MOUSE_PRESSED, x, y);
        deliver(MouseEvent.MOUSE_RELEASED, x, y);
        deliver(MouseEvent.MOUSE_CLICKED, x, y);
    }

    /** Returns whether the guard consumed the event. */
    private boolean deliver(EventType<MouseEvent> type, double x, double y) {
        MouseEvent event = new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null);
        guard.filter(event);
        return event.isConsumed();
    }
}
