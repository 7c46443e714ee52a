package se.markdna.ui.sprayers;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.CacheHint;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A non-blocking notice in the bottom right corner of a window, above its status bar: a title with
 * a warning icon, a text, one action button and a close button. It hides itself after a while
 * (not while the mouse is on it), on Escape, or when its action is taken.
 *
 * <p>An undecorated window owned by the main window rather than a {@link javafx.stage.Popup} (or
 * ControlsFX's Notifications, which is one): on Linux a popup grabs the pointer, so while it showed
 * no click reached the main window. ControlsFX's popup style sheet also does not resolve against
 * the AtlantaFX theme.
 */
final class NoticePopup {

    /** Room for the main window's status bar below the notice. */
    static final double MARGIN_RIGHT = 18;
    static final double MARGIN_BOTTOM = 44;

    private final Stage popup = new Stage(StageStyle.UNDECORATED);
    private final Window owner;
    private final PauseTransition timer;
    private final InvalidationListener follow = o -> place();

    private NoticePopup(Window owner, String title, String text, String actionLabel, Runnable action,
            String closeLabel, Duration shownFor) {
        this.owner = owner;
        FontIcon warning = new FontIcon(Material2MZ.WARNING);
        warning.getStyleClass().add("spr-notice-popup-icon");
        Label heading = new Label(title, warning);
        heading.setId("attention-title");
        heading.getStyleClass().add("spr-notice-popup-title");
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.setId("attention-close");
        close.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        close.setAccessibleText(closeLabel);
        close.setTooltip(new javafx.scene.control.Tooltip(closeLabel));
        close.setOnAction(e -> hide());
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(8, heading, close);
        top.setAlignment(Pos.TOP_LEFT);

        Label body = new Label(text);
        body.setId("attention-text");
        body.setWrapText(true);
        Button go = new Button(actionLabel);
        go.setId("attention-open");
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(true);
        go.setOnAction(e -> {
            hide();
            action.run();
        });
        HBox buttons = new HBox(go);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(8, top, body, buttons);
        box.setId("attention-notice");
        // "root" gives the popup's own scene the theme's colours and font, as in the main window
        box.getStyleClass().addAll("root", "spr-notice-popup");
        box.getStylesheets().add(SprayersView.stylesheet());
        box.setPrefWidth(380);
        box.setMaxWidth(380);
        // drawn once with its drop shadow and then reused: software rendering (and Monocle, which
        // repaints every window whenever the main window changes) otherwise blurred the shadow
        // again on every frame, most of a core while the user typed in a table below
        box.setCache(true);
        box.setCacheHint(CacheHint.QUALITY);
        Scene scene = new Scene(box);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        popup.setScene(scene);
        // the window's size is known only once shown (and changes if the text wraps): keep the corner
        popup.widthProperty().addListener(follow);
        popup.heightProperty().addListener(follow);
        popup.setResizable(false);
        if (owner != null) {
            popup.initOwner(owner);
            scene.getStylesheets().setAll(owner.getScene() == null ? List.of() : owner.getScene().getStylesheets());
        }

        timer = new PauseTransition(shownFor);
        timer.setOnFinished(e -> hide());
        box.setOnMouseEntered(e -> timer.stop());
        box.setOnMouseExited(e -> timer.playFromStart());
    }

    /** Shows the notice over {@code owner}; a no-op without a showing owner. */
    static NoticePopup show(Window owner, String title, String text, String actionLabel, Runnable action,
            String closeLabel, Duration shownFor) {
        NoticePopup n = new NoticePopup(owner, title, text, actionLabel, action, closeLabel, shownFor);
        if (owner == null || !owner.isShowing()) {
            return n;
        }
        n.popup.show();
        n.place();
        for (var p : new javafx.beans.Observable[] {owner.xProperty(), owner.yProperty(), owner.widthProperty(),
            owner.heightProperty()}) {
            p.addListener(n.follow);
        }
        n.timer.playFromStart();
        return n;
    }

    private void place() {
        if (owner.getScene() == null) {
            return;
        }
        double right = owner.getX() + owner.getScene().getX() + owner.getScene().getWidth();
        double bottom = owner.getY() + owner.getScene().getY() + owner.getScene().getHeight();
        popup.setX(right - popup.getWidth() - MARGIN_RIGHT);
        popup.setY(bottom - popup.getHeight() - MARGIN_BOTTOM);
    }

    void hide() {
        timer.stop();
        if (owner != null) {
            owner.xProperty().removeListener(follow);
            owner.yProperty().removeListener(follow);
            owner.widthProperty().removeListener(follow);
            owner.heightProperty().removeListener(follow);
        }
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
