package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.ErrorHandler;

/**
 * An exception nobody catches in a JavaFX event handler, with the handlers the application
 * installs: the real error dialog appears with a short message and "Kopiera detaljer", the stack
 * trace is in the log file, and the record the failed action was writing is not half there.
 */
class UncaughtErrorDialogTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Thread.UncaughtExceptionHandler previousDefault;

    @BeforeEach
    void setUp() throws Exception {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
        ErrorHandler.install(null);
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        FxToolkit.cleanupStages();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExceptionInAnEventHandlerShowsTheDialogAndIsLogged() throws Exception {
        String marker = "provokerat fel " + UUID.randomUUID();
        AppServices services = AppServices.openWithoutBackup(dir.resolve("register.db"));
        long before = districts(services);
        Messages sv = new Messages(Messages.SWEDISH);
        FxToolkit.setupFixture(() -> {
            Button crash = new Button("Spara");
            crash.setId("crash");
            // a save that fails half-way: one row inserted, then an exception inside the transaction
            crash.setOnAction(e -> services.database().write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO district (name, main_area, kind, households, created_at, updated_at,"
                            + " version) VALUES ('Halvskriven', 'CENTRUM', 'CITY_DISTRICT', 1, '2026-01-01',"
                            + " '2026-01-01', 1)");
                }
                throw new IllegalStateException(marker);
            }));
            stage.setScene(new Scene(new StackPane(crash), 400, 300));
            stage.show();
            ErrorHandler.install(Dialogs.fx(sv, () -> stage));
            ErrorHandler.installUncaughtHandlers();
        });

        robot.clickOn("#crash");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        List<String> buttons = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getScene() == pane.getScene()).map(Button::getText).toList();
        assertThat(buttons).contains(sv.get("ui.error.copy")).contains("Kopiera detaljer");
        List<String> labels = robot.from(pane).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertThat(labels).as("short message, never the stack trace").contains(marker)
                .noneMatch(t -> t.contains("\tat "));

        Button copy = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Kopiera detaljer")).findFirst().orElseThrow();
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copy.getText()).as("copied, and the dialog stays open").isEqualTo(sv.get("ui.error.copied"));
        assertThat(dialog()).isPresent();

        assertThat(districts(services)).as("the half-written record was rolled back").isEqualTo(before);

        String logDir = System.getProperty("markdna.log.dir");
        Assumptions.assumeTrue(logDir != null, "the log's folder is set by the build (surefire)");
        Path log = Path.of(logDir, "markdna.log");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(marker));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        String entry = text.substring(text.indexOf(marker));
        assertThat(entry).as("stack trace in the log").contains("at " + UncaughtErrorDialogTest.class.getName());

        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExceptionOnABackgroundThreadReachesTheDialogToo() throws Exception {
        String marker = "bakgrundsfel " + UUID.randomUUID();
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(new StackPane(new Label("tom")), 300, 200));
            stage.show();
            ErrorHandler.install(Dialogs.fx(new Messages(Messages.SWEDISH), () -> stage));
            ErrorHandler.installUncaughtHandlers();
        });
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException(marker);
        }, "worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog().isPresent());
        List<String> labels = robot.from(dialog().orElseThrow()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(labels).contains(marker);
    }

    private Optional<DialogPane> dialog() {
        for (Window w : robot.listWindows()) {
            if (w != stage && w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static long districts(AppServices services) {
        return services.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM district")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
