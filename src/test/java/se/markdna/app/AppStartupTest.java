package se.markdna.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.i18n.Messages;
import se.markdna.ui.common.Dialogs;

/**
 * The real start-up on a temporary database, headless: the welcome screen, "Load Lund demo data",
 * then the overview with the loaded figures.
 */
class AppStartupTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private Stage stage;
    private AppStartup startup;

    @BeforeEach
    void setUp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void start(Path db) throws Exception {
        LaunchOptions options = new LaunchOptions(db, new Messages(Messages.SWEDISH), false);
        startup = new AppStartup(options, exitCode::set).withDialogs(Dialogs.recording(true, dialogs));
        FxToolkit.setupFixture(() -> startup.start(stage));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        Node n = robot.lookup(query).query();
        return ((Label) n).getText();
    }

    @Test
    void welcomeThenDemoDataThenOverviewWithFigures() throws Exception {
        start(dir.resolve("register.db"));
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        assertThat(stage.getTitle()).contains("register.db");
        assertThat(robot.lookup("#welcome-start-empty").tryQuery()).isPresent();
        assertThat(text("#status-database")).endsWith("register.db");

        robot.clickOn("#welcome-load-demo");

        waitUntil(() -> robot.lookup("#card-properties-value").tryQuery()
                .map(n -> ((Label) n).getText().matches("[1-9][\\d\\s\\u00a0]*")).orElse(false));
        long properties = Long.parseLong(text("#card-properties-value").replaceAll("\\D", ""));
        // sprayers in service come from the planning section, which loads on its own
        waitUntil(() -> robot.lookup("#plan-ov-sprayers").tryQuery()
                .map(n -> ((Label) n).getText().matches("[1-9][\\d\\s\\u00a0]*")).orElse(false));
        long sprayers = Long.parseLong(text("#plan-ov-sprayers").replaceAll("\\D", ""));
        assertThat(startup.mainWindow().currentItemId()).isEqualTo("overview");
        assertThat(properties).isPositive().isEqualTo(countOf("properties"));
        assertThat(sprayers).isPositive();
        assertThat(text("#card-properties-note")).isNotEqualTo("Inga fastigheter ännu");
        waitUntil(() -> text("#status-counts").contains("fastigheter") && !text("#status-counts").startsWith("0"));
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        assertThat(dialogs).isEmpty();
        assertThat(exitCode.get()).isEqualTo(-1);
    }

    @Test
    void startingEmptyShowsTheOverviewWithEmptyStates() throws Exception {
        start(dir.resolve("empty.db"));
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        robot.clickOn("#welcome-start-empty");
        waitUntil(() -> startup.mainWindow().readyProperty().get()
                && robot.lookup("#card-properties-note").tryQuery().map(n -> !((Label) n).getText().isEmpty())
                        .orElse(false));
        assertThat(text("#card-properties-value")).isEqualTo("0");
        assertThat(text("#card-properties-note")).isEqualTo("Inga fastigheter ännu");
        assertThat(robot.lookup("#overview-empty").query().isVisible()).isTrue();
    }

    @Test
    void aFileThatIsNotADatabaseEndsWithExitCode3AndAMessage() throws Exception {
        Path bad = dir.resolve("bad.db");
        Files.writeString(bad, "hello");
        start(bad);
        waitUntil(() -> exitCode.get() != -1);
        assertThat(exitCode.get()).isEqualTo(GuiLauncher.EXIT_DATABASE);
        assertThat(dialogs).singleElement().asString().contains("Filen är ingen Märk-DNA-databas");
        assertThat(Files.readString(bad)).isEqualTo("hello");
    }

    private long countOf(String key) {
        return se.markdna.service.AppServices.openWithoutBackup(dir.resolve("register.db")).health().counts()
                .get(key);
    }
}
