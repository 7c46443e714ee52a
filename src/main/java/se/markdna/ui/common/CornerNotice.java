package se.markdna.ui.common;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.CacheHint;
import javafx.scene.control.Button;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A notification in the bottom right corner of the main window, above its status bar, with action
 * buttons; it goes by itself after a while (not while the pointer rests on it) or with its close
 * button. AtlantaFX's own Notification control in a popup: ControlsFX's Notifications draw with
 * their own style sheet, which does not resolve the AtlantaFX colours (it came out transparent
 * and overflowing the window).
 */
public final class CornerNotice {

    private static final double WIDTH = 440;
    /** Keeps the status bar visible below the notice. */
    private static final double BOTTOM_GAP = 40;
    private static final double RIGHT_GAP = 16;

    private final Popup popup = new Popup();
    private final Window owner;
    private final PauseTransition timer;
    private final InvalidationListener follow = o -> place();

    private CornerNotice(Window owner, String text, List<Button> actions, Duration shownFor, boolean warning) {
        this.owner = owner;
        FontIcon icon = new FontIcon(warning ? "mdmz-warning" : "mdal-check_circle_outline");
        icon.getStyleClass().add(warning ? Styles.WARNING : Styles.SUCCESS);
        Notification notification = new Notification(text, icon);
        notification.setId("corner-notice");
        notification.getStyleClass().add(Styles.ELEVATED_2);
        // a popup's scene has no .root node of its own: the theme's colours are looked up from it
        notification.getStyleClass().add("root");
        notification.setPrefWidth(WIDTH);
        notification.setMaxWidth(WIDTH);
        // its shadow drawn once, not again on every frame of the window below (see NoticePopup)
        notification.setCache(true);
        notification.setCacheHint(CacheHint.QUALITY);
        for (Button b : actions) {
            Runnable action = (Runnable) b.getUserData();
            b.setOnAction(e -> {
                hide();
                action.run();
            });
        }
        notification.setPrimaryActions(actions.toArray(Button[]::new));
        notification.setOnClose(e -> hide());
        popup.getContent().add(notification);
        popup.setAutoHide(false);
        popup.setHideOnEscape(true);
        timer = new PauseTransition(shownFor);
        timer.setOnFinished(e -> hide());
        notification.setOnMouseEntered(e -> timer.stop());
        notification.setOnMouseExited(e -> {
            if (!shownFor.isIndefinite()) {
                timer.playFromStart();
            }
        });
    }

    /** A button for {@link #show}: its label and what it does (the notice closes first). */
    public static Button action(String label, Runnable action) {
        Button b = new Button(label);
        b.setUserData(action);
        return b;
    }

    public static void show(Window owner, String text, List<Button> actions, Duration shownFor) {
        show(owner, text, actions, shownFor, false);
    }

    /**
     * @param shownFor how long before it goes by itself; {@link Duration#INDEFINITE} keeps it until
     *                 closed (for warnings about the data's safety)
     * @param warning  a warning icon instead of the success tick
     */
    public static void show(Window owner, String text, List<Button> actions, Duration shownFor, boolean warning) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        CornerNotice notice = new CornerNotice(owner, text, actions, shownFor, warning);
        notice.popup.show(owner);
        notice.place();
        for (Observable p : List.of(owner.xProperty(), owner.yProperty(), owner.widthProperty(),
                owner.heightProperty())) {
            p.addListener(notice.follow);
        }
        if (!shownFor.isIndefinite()) {
            notice.timer.playFromStart();
        }
    }

    private void place() {
        if (owner.getScene() == null) {
            return;
        }
        double right = owner.getX() + owner.getScene().getX() + owner.getScene().getWidth();
        double bottom = owner.getY() + owner.getScene().getY() + owner.getScene().getHeight();
        popup.setX(right - popup.getWidth() - RIGHT_GAP);
        popup.setY(bottom - popup.getHeight() - BOTTOM_GAP);
    }

    private void hide() {
        timer.stop();
        for (Observable p : List.of(owner.xProperty(), owner.yProperty(), owner.widthProperty(),
                owner.heightProperty())) {
            p.removeListener(follow);
        }
        popup.hide();
    }
}
