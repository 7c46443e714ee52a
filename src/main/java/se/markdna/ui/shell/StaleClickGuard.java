package se.markdna.ui.shell;

import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the second click of a double click away from a view that the first click opened. A click
 * on the map, a search hit or a menu can replace the view under the pointer; the second click then
 * lands on the new view (JavaFX even counts it as a fresh single click, because its target
 * changed) and would select or open whatever row happens to lie there. A press that follows the
 * previous one soon, at the same place, after the view changed, is
 * swallowed with its release, click and drag.
 */
final class StaleClickGuard {

    /**
     * How long after a press a second one still counts as its double click. The platforms' own
     * interval is about 500 ms, but the second press is only delivered once the first click's work
     * (building and filling the new view) is done, which on a large register takes longer; a press
     * at the very same place this soon after the view was replaced is taken as the double click's
     * tail rather than as a new, deliberate click.
     */
    static final long DOUBLE_CLICK_NANOS = 2_000_000_000L;
    /** How far apart two presses of one double click may be, in screen pixels. */
    static final double SAME_PLACE = 6;

    private final Supplier<Optional<Node>> currentView;
    private final LongSupplier clock;
    private Node viewAtLastPress;
    private long lastPressAt = Long.MIN_VALUE;
    private double lastX;
    private double lastY;
    private boolean swallowing;

    StaleClickGuard(Supplier<Optional<Node>> currentView, LongSupplier clock) {
        this.currentView = currentView;
        this.clock = clock;
    }

    static void install(Scene scene, Supplier<Optional<Node>> currentView) {
        StaleClickGuard guard = new StaleClickGuard(currentView, System::nanoTime);
        scene.addEventFilter(MouseEvent.ANY, guard::filter);
    }

    void filter(MouseEvent e) {
        EventType<? extends MouseEvent> type = e.getEventType();
        if (type == MouseEvent.MOUSE_PRESSED) {
            swallowing = isSecondClickOnAnotherView(e.getScreenX(), e.getScreenY());
            lastPressAt = clock.getAsLong();
            lastX = e.getScreenX();
            lastY = e.getScreenY();
            viewAtLastPress = currentView.get().orElse(null);
        }
        if (swallowing && isButtonEvent(type)) {
            e.consume();
        }
    }

    private boolean isSecondClickOnAnotherView(double x, double y) {
        boolean soon = lastPressAt != Long.MIN_VALUE && clock.getAsLong() - lastPressAt <= DOUBLE_CLICK_NANOS;
        boolean samePlace = Math.hypot(x - lastX, y - lastY) <= SAME_PLACE;
        return soon && samePlace && currentView.get().orElse(null) != viewAtLastPress;
    }

    private static boolean isButtonEvent(EventType<? extends MouseEvent> type) {
        return type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_RELEASED
                || type == MouseEvent.MOUSE_CLICKED || type == MouseEvent.MOUSE_DRAGGED
                || type == MouseEvent.DRAG_DETECTED;
    }
}
