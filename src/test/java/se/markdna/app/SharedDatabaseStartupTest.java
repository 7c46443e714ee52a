package se.markdna.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.persistence.TestDatabases;
import se.markdna.service.AppServices;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.shell.ConnectDialogModel;

/**
 * The GUI on a shared database, headless: starting with {@code --db postgresql://…} asks for the
 * password in the connect dialog (pre-filled), a refused connection keeps the dialog open with the
 * CONNECTION message, Arkiv › Anslut rebuilds the running window on the new services, and (with
 * the throwaway cluster of MARKDNA_TEST_PG only) a real connection shows the server everywhere the
 * shell used to show a file and offers no file backups.
 */
class SharedDatabaseStartupTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final Messages sv = new Messages(Messages.SWEDISH);
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
        if (startup != null && startup.connectDialog() != null) {
            robot.interact(() -> {
                startup.connectDialog().setResult(null);
                startup.connectDialog().close();
            });
        }
        if (startup != null && startup.services() != null) {
            startup.services().close();
        }
        FxToolkit.cleanupStages();
    }

    private void start(LaunchOptions options, ConnectDialogModel.Connector connector) throws Exception {
        startup = new AppStartup(options, exitCode::set).withDialogs(Dialogs.recording(true, dialogs));
        if (connector != null) {
            startup.withConnector(connector);
        }
        FxToolkit.setupFixture(() -> startup.start(stage));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String field(String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private String message() {
        Label l = robot.lookup("#connect-message").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private boolean dialogShowing() {
        return startup.connectDialog() != null && startup.connectDialog().isShowing();
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<MenuItem> fileMenu() {
        MenuBar bar = (MenuBar) ((BorderPane) startup.mainWindow().root()).getTop();
        Menu file = bar.getMenus().get(0);
        return file.getItems();
    }

    private MenuItem fileMenuItem(String id) {
        return fileMenu().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static DatabaseLocation.PostgresServer nobodyListening() {
        // port 1 on loopback: nothing listens there, so the connection is refused at once
        return new DatabaseLocation.PostgresServer("localhost", 1, "markdna", "anna", null, null);
    }

    @Test
    void startingOnAServerAsksForThePasswordAndARefusalKeepsTheDialogOpen() throws Exception {
        DatabaseLocation.PostgresServer server = nobodyListening();
        start(LaunchOptions.askingForPassword(server, sv, false), null);
        waitUntil(this::dialogShowing);
        assertThat(field("#connect-host")).isEqualTo("localhost");
        assertThat(field("#connect-port")).isEqualTo("1");
        assertThat(field("#connect-database")).isEqualTo("markdna");
        assertThat(field("#connect-user")).isEqualTo("anna");
        assertThat(robot.lookup("#connect-password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(label("#startup .label")).isEqualTo("Ansluter till " + server.describe() + " …");

        robot.clickOn("#connect-password").write("hemligt");
        robot.clickOn("#connect-ok");
        waitUntil(() -> !message().isEmpty());

        assertThat(message()).isEqualTo(sv.get("db.error.CONNECTION", server.describe()))
                .startsWith("Kunde inte ansluta till den delade databasen " + server.describe())
                .doesNotContain("hemligt");
        assertThat(dialogShowing()).isTrue();
        assertThat(robot.lookup("#connect-password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#connect-ok").queryButton().isDisabled()).isFalse();
        assertThat(startup.mainWindow()).isNull();
        assertThat(exitCode.get()).isEqualTo(-1);
        assertThat(dialogs).isEmpty();

        robot.clickOn("#connect-cancel");
        waitUntil(() -> exitCode.get() != -1);
        assertThat(exitCode.get()).isEqualTo(GuiLauncher.EXIT_DATABASE);
    }

    @Test
    void aWrongPasswordFromTheEnvironmentOpensTheDialogWithTheReason() throws Exception {
        DatabaseLocation.PostgresServer server = nobodyListening();
        LaunchOptions options = GuiLauncher.optionsFor(server, sv, false, "från-miljön");
        assertThat(options.opening()).isNotNull();
        start(options, null);
        waitUntil(this::dialogShowing);
        assertThat(message()).isEqualTo(sv.get("db.error.CONNECTION", server.describe()));
        assertThat(field("#connect-host")).isEqualTo("localhost");
        assertThat(exitCode.get()).isEqualTo(-1);
    }

    @Test
    void withoutAPasswordTheLauncherAsksAndTheSmokeTestCannot() throws Exception {
        DatabaseLocation.PostgresServer server = nobodyListening();
        assertThat(GuiLauncher.optionsFor(server, sv, false, null).opening()).isNull();
        assertThat(GuiLauncher.optionsFor(server, sv, false, "").opening()).isNull();
        start(GuiLauncher.optionsFor(server, sv, true, null), null);
        waitUntil(() -> exitCode.get() != -1);
        assertThat(exitCode.get()).isEqualTo(GuiLauncher.EXIT_DATABASE);
        assertThat(startup.connectDialog()).isNull();
    }

    @Test
    void fileConnectReplacesTheRunningServicesAndRebuildsTheWindow() throws Exception {
        Path other = dir.resolve("annan.db");
        List<ConnectDialogModel.Form> asked = new CopyOnWriteArrayList<>();
        start(new LaunchOptions(dir.resolve("register.db"), sv, false), (form, password) -> {
            asked.add(form);
            return ConnectDialogModel.Outcome.connected(AppServices.openWithoutBackup(other));
        });
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
        AppServices first = startup.services();
        MenuItem connect = fileMenuItem("menu-connect-shared");
        assertThat(connect.getText()).isEqualTo("Anslut till delad databas…");
        assertThat(connect.getAccelerator()).isNotNull();
        assertThat(fileMenuItem("menu-open-local").getText()).isEqualTo("Öppna lokal databasfil…");
        assertThat(fileMenu()).extracting(MenuItem::getId).contains("menu-backup-now", "menu-restore");

        robot.interact(connect::fire);
        waitUntil(this::dialogShowing);
        assertThat(field("#connect-host")).isEmpty();
        assertThat(field("#connect-port")).isEqualTo("5432");
        type("#connect-host", "db.lund.se");
        type("#connect-database", "markdna");
        type("#connect-user", "anna");
        robot.clickOn("#connect-password").write("hemligt");
        robot.clickOn("#connect-ok");
        waitUntil(() -> startup.services() != first && robot.lookup("#welcome").tryQuery().isPresent());

        assertThat(asked).singleElement()
                .isEqualTo(new ConnectDialogModel.Form("db.lund.se", 5432, "markdna", "anna", "verify-full", null));
        assertThat(stage.getTitle()).endsWith("annan.db");
        assertThat(label("#status-database")).endsWith("annan.db");
        assertThat(label("#status-notice")).startsWith("Öppnade ").endsWith("annan.db");
        assertThat(fileMenuItem("menu-connect-shared")).isNotSameAs(connect);
        assertThat(startup.connectDialog()).isNull();
        assertThat(exitCode.get()).isEqualTo(-1);
        assertThat(dialogs).isEmpty();
    }

    /** Starts on the server, types the password into the connect dialog and waits for the main window. */
    private void startAndLogIn(DatabaseLocation.PostgresServer server, String password) throws Exception {
        start(LaunchOptions.askingForPassword(server, sv, false), null);
        waitUntil(this::dialogShowing);
        robot.interact(() -> robot.lookup("#connect-password").queryAs(PasswordField.class).setText(password));
        robot.clickOn("#connect-ok");
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());
    }

    /** Only with the throwaway cluster (MARKDNA_TEST_PG); skipped otherwise. */
    @Test
    void aRealSharedDatabaseShowsTheServerAndOffersNoFileBackups() throws Exception {
        TestDatabases.Cluster cluster = TestDatabases.cluster();
        String name = cluster.newDatabaseName();
        DatabaseLocation.PostgresServer server = cluster.at(name, cluster.office);
        try {
            startAndLogIn(server, cluster.password);

            assertThat(startup.services().sharedDatabase()).isTrue();
            assertThat(stage.getTitle()).endsWith(server.describe());
            assertThat(label("#status-database")).isEqualTo(server.describe());
            assertThat(label("#welcome-database")).isEqualTo("Delad databas: " + server.describe());
            assertThat(label("#status-notice")).isEmpty();
            assertThat(fileMenu()).extracting(MenuItem::getId)
                    .contains("menu-backup-shared", "menu-connect-shared")
                    .doesNotContain("menu-backup-now", "menu-restore");
            robot.interact(() -> fileMenuItem("menu-backup-shared").fire());
            assertThat(dialogs).singleElement().asString()
                    .startsWith("info: Säkerhetskopior av den delade databasen: Den delade databasen "
                            + server.describe());
        } finally {
            if (startup != null && startup.services() != null) {
                startup.services().close();
            }
            cluster.adminSql("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** Only with the throwaway cluster (MARKDNA_TEST_PG); skipped otherwise. */
    @Test
    void anotherUsersChangeIsReadAgainAndAnnouncedInTheStatusBar() throws Exception {
        TestDatabases.Cluster cluster = TestDatabases.cluster();
        String name = cluster.newDatabaseName();
        DatabaseLocation.PostgresServer server = cluster.at(name, cluster.office);
        try (se.markdna.persistence.Database colleague = se.markdna.persistence.Database.connect(server,
                cluster.password.toCharArray())) {
            startAndLogIn(server, cluster.password);
            long before = startup.services().changeCount();

            new se.markdna.service.AppServices(colleague, () -> "kollega", java.time.Clock.systemDefaultZone())
                    .demo().load(false);

            waitUntil(() -> label("#status-notice").equals(sv.get("ui.shared.changedElsewhere")));
            assertThat(startup.services().changeCount()).isGreaterThan(before);
            // the status bar read the counts again: the demo's 62 properties, 40 sprayers, 15 districts, 20 sites
            waitUntil(() -> label("#status-counts").equals(sv.get("ui.status.counts", 62L, 40L, 15L, 20L)));
        } finally {
            if (startup != null && startup.services() != null) {
                startup.services().close();
            }
            cluster.adminSql("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
