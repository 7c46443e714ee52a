package se.markdna.ui.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.app.Navigation;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.Places;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.properties.PropertiesView;
import se.markdna.ui.properties.PropertyRow;
import se.markdna.ui.shell.MainWindow;

/**
 * A property clicked on the planning map opens that property in the register, in the real main
 * window (headless Monocle): not the row that the register happens to show under the pointer, and
 * not the row that was selected there before.
 */
@ExtendWith(ApplicationExtension.class)
class MapOpensPropertyTest {

    private AppServices services;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        services = new AppServices(Database.open(Files.createTempDirectory("map-open").resolve("t.db")),
                () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        UiContext ctx = new UiContext(services, new Messages(Messages.SWEDISH),
                Dialogs.recording(true, new ArrayList<>()));
        window = new MainWindow(ctx, Navigation.items(ctx), List.of(), () -> { });
        window.show(stage);
    }

    @Test
    void aClickOnAPropertyOpensThatProperty(FxRobot robot) throws Exception {
        clickAPropertyOnTheMap(robot, false);
    }

    @Test
    void aDoubleClickOnAPropertyOpensThatPropertyAndNotTheRowUnderThePointer(FxRobot robot) throws Exception {
        clickAPropertyOnTheMap(robot, true);
    }

    private void clickAPropertyOnTheMap(FxRobot robot, boolean doubleClick) throws Exception {
        // the register has been visited and a row selected: coming back refreshes it with that selection
        robot.interact(() -> window.navigate(Places.PROPERTIES));
        PropertiesView props = waitForView(PropertiesView.class);
        waitUntil(() -> props.viewModel().loadedProperty().get() && !props.table().getItems().isEmpty());
        robot.interact(() -> props.table().getSelectionModel().clearAndSelect(0));
        long before = props.table().getItems().get(0).id();

        robot.interact(() -> window.navigate(Places.PLANNING));
        PlanningWorkspace planning = waitForView(PlanningWorkspace.class);
        waitUntil(() -> planning.readyProperty().get() && planning.mapModel().loadedProperty().get() > 0);
        robot.interact(() -> planning.show(PlanningWorkspace.Page.MAP));
        settle();
        // only properties, so that nothing drawn above them takes the click
        for (String layer : List.of("SITE", "SPRAYER", "DISTRICT")) {
            robot.clickOn("#plan-map-layer-" + layer);
        }
        MapModel model = planning.map().model();
        robot.interact(() -> {
            model.fit();
            planning.map().redraw();
        });
        settle();

        // a property near the middle of the map (the register's rows are there once it opens),
        // that the map hits exactly and that is not the row selected before
        Bounds canvas = planning.map().canvas().getLayoutBounds();
        long target = -1;
        Point2D at = null;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < model.propId.length; i++) {
            double x = model.x(model.propLon[i]);
            double y = model.y(model.propLat[i]);
            MapModel.Hit hit = model.hit(x, y);
            double fromMiddle = Math.hypot(x - canvas.getWidth() / 2, y - canvas.getHeight() / 2);
            if (hit != null && hit.kind() == MapModel.Kind.PROPERTY && hit.id() == model.propId[i]
                    && model.propId[i] != before && fromMiddle < best) {
                best = fromMiddle;
                target = model.propId[i];
                at = new Point2D(x, y);
            }
        }
        assertThat(target).isPositive();
        Point2D screen = planning.map().canvas().localToScreen(at);
        if (doubleClick) {
            robot.doubleClickOn(screen);
        } else {
            robot.clickOn(screen);
        }
        settle();

        long expected = target;
        waitUntil(() -> window.currentView().orElse(null) == props
                && props.viewModel().form().originalProperty().get() != null);
        assertThat(props.viewModel().form().originalProperty().get().meta().id()).isEqualTo(expected);
        PropertyRow selected = props.table().getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull();
        assertThat(selected.id()).isEqualTo(expected);
        assertThat(props.table().getSelectionModel().getSelectedItems()).extracting(PropertyRow::id)
                .containsExactly(expected);
    }

    private <T extends Node> T waitForView(Class<T> type) throws Exception {
        waitUntil(() -> type.isInstance(window.currentView().orElse(null)));
        return type.cast(window.currentView().orElseThrow());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        settle();
    }

    /** Until no background task runs and the FX thread has handled their results. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> BackgroundTask.runningProperty().get() == 0).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
