package se.markdna.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import se.markdna.ui.common.BackgroundTask;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.domain.register.PropertySummary;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.service.BackupService;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.shell.MainWindow;
import se.markdna.ui.shell.NavigationItem;

/**
 * Backup and restore driven through the real main window and its File menu (headless Monocle),
 * with recording dialogs and notices instead of blocking alerts and popups.
 */
@ExtendWith(ApplicationExtension.class)
class BackupUiTest {

    private Path dir;
    private AppServices services;
    private UiContext ctx;
    private MainWindow window;
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final AtomicInteger viewsBuilt = new AtomicInteger();
    private final Messages sv = new Messages(Messages.SWEDISH);

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        dir = Files.createTempDirectory("backup-ui");
        services = new AppServices(Database.open(dir.resolve("register.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        ctx = new UiContext(services, sv, Dialogs.recording(true, shown));
        // the view counts how often it is built: a restore must rebuild it with the new content
        NavigationItem overview = new NavigationItem("overview", "ui.nav.overview", "mdal-dashboard", () -> {
            viewsBuilt.incrementAndGet();
            return new Label("Fastigheter: " + services.health().counts().get("properties"));
        });
        window = new MainWindow(ctx, List.of(overview), List.of(),
                List.of(BackupMenu.actions(ctx, Notices.recording(notices))), List.of(), () -> { });
        window.show(stage);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void idle() throws Exception {
        waitUntil(() -> !window.busyProperty().get());
    }

    private MenuItem fileMenuItem(String id) {
        MenuBar bar = (MenuBar) ((BorderPane) window.root()).getTop();
        Menu file = bar.getMenus().get(0);
        return file.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private String statusNotice(FxRobot robot) {
        return robot.lookup("#status-notice").queryAs(Label.class).getText();
    }

    @Test
    void theFileMenuHasOneBackupGroup() throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        assertThat(fileMenuItem("menu-backup-now").getText()).isEqualTo("Säkerhetskopiera nu");
        assertThat(fileMenuItem("menu-restore").getText()).isEqualTo("Återställ …");
    }

    @Test
    void backupNowWritesAFileThatOpensWithTheSameCounts(FxRobot robot) throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        robot.interact(() -> fileMenuItem("menu-backup-now").fire());
        idle();
        waitUntil(() -> !notices.isEmpty());
        List<Path> made = services.backups().list();
        assertThat(made).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-manual.db"));
        Path backup = made.get(0);
        Map<String, Long> counts = AppServices.openWithoutBackup(backup).health().counts();
        assertThat(counts).isEqualTo(services.health().counts());
        Notice notice = notices.get(0);
        assertThat(notice.warning()).isFalse();
        assertThat(notice.title()).isEqualTo("Säkerhetskopian är klar");
        assertThat(notice.text()).isEqualTo("Säkerhetskopian sparades som " + backup);
        assertThat(statusNotice(robot)).contains(backup.getFileName().toString());
        assertThat(shown).isEmpty();
    }

    @Test
    void theRestoreDialogListsTheBackupsNewestFirstAndAnyOtherFile(FxRobot robot) throws Exception {
        Path first = services.backups().backupNow("start");
        // backup names carry the time to the millisecond: the second must be a later one
        long taken = System.currentTimeMillis();
        waitUntil(() -> System.currentTimeMillis() > taken);
        Path second = services.backups().backupNow("manual");
        RestoreDialog[] dialog = new RestoreDialog[1];
        robot.interact(() -> {
            dialog[0] = new RestoreDialog(new RestoreDialogModel(services.backups(), sv), sv, window.window());
            dialog[0].show();
        });
        waitUntil(() -> dialog[0].model().loadedProperty().get());
        List<BackupRow> rows = dialog[0].model().rows();
        assertThat(rows).extracting(BackupRow::file).containsExactly(second, first);
        assertThat(rows).extracting(BackupRow::kindText).containsExactly("Manuell", "Vid start");
        assertThat(rows.get(0).takenText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(rows.get(0).sizeText()).matches("[\\d\u00a0 ,]+ (kB|MB)");
        Button next = robot.lookup("#restore-next").queryButton();
        assertThat(next.isDisabled()).isTrue();
        robot.interact(() -> dialog[0].table().getSelectionModel().select(1));
        assertThat(next.isDisabled()).isFalse();
        assertThat(dialog[0].model().chosenProperty().get().file()).isEqualTo(first);

        Path elsewhere = Files.copy(second, dir.resolve("från-usb.db"));
        robot.interact(() -> dialog[0].model().chooseFile(elsewhere));
        assertThat(dialog[0].table().getSelectionModel().getSelectedItem()).isNull();
        assertThat(robot.lookup("#restore-chosen").queryAs(Label.class).getText())
                .isEqualTo("Vald fil: " + elsewhere);
        robot.interact(() -> {
            dialog[0].setResult(null);
            dialog[0].close();
        });
    }

    @Test
    void restoreBringsBackADeletedRowLeavesABackupOfBeforeAndReloadsTheViews(FxRobot robot) throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        Path backup = services.backups().backupNow("manual");
        long before = services.health().counts().get("properties");
        PropertySummary victim = services.register().propertySummaries().get(0);
        services.register().deleteProperty(services.register().property(victim.id()).orElseThrow());
        assertThat(services.register().property(victim.id())).isEmpty();

        BackupRow row = BackupRow.of(BackupService.describe(backup), sv);
        robot.interact(() -> new RestoreFlow(ctx, Notices.recording(notices)).restore(window, row));
        idle();
        waitUntil(() -> !notices.isEmpty());

        assertThat(shown).singleElement().asString()
                .startsWith("confirm: Återställ databasen?: Databasen ersätts med säkerhetskopian från "
                        + row.takenText());
        assertThat(services.register().property(victim.id())).isPresent();
        assertThat(services.health().counts().get("properties")).isEqualTo(before);
        List<Path> safety = services.backups().list().stream()
                .filter(p -> p.getFileName().toString().endsWith("-before-restore.db")).toList();
        assertThat(safety).hasSize(1);
        assertThat(AppServices.openWithoutBackup(safety.get(0)).health().counts().get("properties"))
                .isEqualTo(before - 1);
        assertThat(notices.get(0).text()).contains(safety.get(0).getFileName().toString());
        assertThat(viewsBuilt.get()).isEqualTo(2);
        assertThat(robot.lookup("#content .label").queryAs(Label.class).getText())
                .isEqualTo("Fastigheter: " + before);
    }

    @Test
    void restoringSomethingThatIsNoDatabaseExplainsAndChangesNothing(FxRobot robot) throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        Map<String, Long> before = services.health().counts();
        Path text = Files.writeString(dir.resolve("fastigheter.db"), "beteckning;namn\nLund Sunnanvinden 3;x\n");
        RestoreDialogModel model = new RestoreDialogModel(services.backups(), sv);
        robot.interact(() -> model.chooseFile(text));
        robot.interact(() -> new RestoreFlow(ctx, Notices.recording(notices)).restore(window,
                model.chosenProperty().get()));
        idle();
        waitUntil(() -> shown.size() == 2);
        assertThat(shown.get(1)).isEqualTo("error: Säkerhetskopian kunde inte återställas: Filen är ingen databas: "
                + text.toAbsolutePath() + "\n\nDen nuvarande databasen är oförändrad.");
        assertThat(services.health().counts()).isEqualTo(before);
        assertThat(services.backups().list()).isEmpty();
        assertThat(notices).isEmpty();
        assertThat(viewsBuilt.get()).isEqualTo(1);
    }

    @Test
    void aNetworkShareGivesOneWarningThatStays(FxRobot robot) throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        List<Path> asked = new CopyOnWriteArrayList<>();
        robot.interact(() -> new NetworkShareWarning(ctx, Notices.recording(notices), file -> {
            asked.add(file);
            return true;
        }).check(window));
        waitUntil(() -> !notices.isEmpty());
        assertThat(asked).containsExactly(services.databaseFile());
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.warning()).isTrue();
            assertThat(n.title()).isEqualTo("Databasen ligger på en nätverksenhet");
            assertThat(n.text()).contains(services.databaseFile().toString()).contains("NFS/SMB")
                    .contains("PostgreSQL");
        });
        assertThat(statusNotice(robot)).isEqualTo("Varning: databasen ligger på en nätverksenhet");
    }

    @Test
    void aFailedStartupBackupGivesAWarningThatStays(FxRobot robot) throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        java.util.concurrent.CompletableFuture<Path> backup = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> new StartupBackupNotice(ctx, Notices.recording(notices)).watch(backup, window));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices).as("nothing while the backup runs").isEmpty();
        backup.completeExceptionally(new se.markdna.persistence.DatabaseException(
                se.markdna.persistence.DatabaseException.Reason.IO, "x", "No space left on device", null));
        waitUntil(() -> !notices.isEmpty());
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.warning()).isTrue();
            assertThat(n.title()).isEqualTo("Säkerhetskopian vid start misslyckades");
            assertThat(n.text()).contains("No space left on device").contains("Säkerhetskopiera nu");
        });
        assertThat(statusNotice(robot)).isEqualTo("Varning: ingen säkerhetskopia togs vid start");
    }

    @Test
    void aSuccessfulStartupBackupSaysNothing(FxRobot robot) throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        java.util.concurrent.CompletableFuture<Path> backup = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> new StartupBackupNotice(ctx, Notices.recording(notices)).watch(backup, window));
        backup.complete(dir.resolve("b.db"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices).isEmpty();
    }

    @Test
    void aLocalDiskGivesNoWarning() throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        AtomicInteger asked = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> new NetworkShareWarning(ctx, Notices.recording(notices), file -> {
            asked.incrementAndGet();
            return false;
        }).check(window)).get();
        waitUntil(() -> asked.get() == 1 && BackgroundTask.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices).isEmpty();
    }

    @Test
    void theRealNotificationShowsTheWarningText(FxRobot robot) throws Exception {
        waitUntil(() -> viewsBuilt.get() == 1);
        robot.interact(() -> new NetworkShareWarning(ctx, Notices.fx(window::window), file -> true).check(window));
        waitUntil(() -> robot.lookup((javafx.scene.Node n) -> shows(n, "Databasen ligger på en nätverksenhet"))
                .tryQuery().isPresent());
    }

    private static boolean shows(javafx.scene.Node n, String start) {
        String text = n instanceof javafx.scene.control.Labeled l ? l.getText()
                : n instanceof javafx.scene.text.Text t ? t.getText() : null;
        return text != null && text.startsWith(start);
    }
}
