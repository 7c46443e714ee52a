package se.markdna.ui.sprayers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.Places;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;

/** The sprayer register and the Service due list, driven through the UI on the Lund demo data. */
@ExtendWith(ApplicationExtension.class)
class SprayersViewTest {

    private AppServices services;
    private SprayersView view;
    private ServiceDueView due;
    private Stage stage;
    private UiContext ctx;
    private TestShell shell;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        se.markdna.ui.common.Theme.apply(); // as the application does: the views style on the theme's colours
        dir = Files.createTempDirectory("spr-ui");
        services = new AppServices(Database.open(dir.resolve("t.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        ctx = new UiContext(services, new Messages(Messages.SWEDISH), Dialogs.recording(true,
                new java.util.concurrent.CopyOnWriteArrayList<>()));
        view = new SprayersView(ctx);
        due = new ServiceDueView(ctx);
        Tab sprayersTab = new Tab("Sprutor", view);
        Tab dueTab = new Tab("Servicebehov", due);
        TabPane tabs = new TabPane(sprayersTab, dueTab);
        shell = new TestShell(tabs, java.util.Map.of(Places.SPRAYERS, sprayersTab, Places.SERVICE_DUE, dueTab));
        ctx.attach(shell);
        this.stage = stage;
        stage.setScene(new Scene(tabs, 1240, 760)); // inside Monocle's 1280x800 headless screen
        stage.show();
    }

    private SprayerListViewModel vm() {
        return view.viewModel();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loaded() throws Exception {
        waitUntil(() -> vm().loadedProperty().get() && !vm().busyProperty().get());
    }

    private Optional<SprayerRow> row(String serial) {
        return vm().rows().stream().filter(r -> serial.equals(r.serial())).findFirst();
    }

    private SprayerRow pick(Predicate<SprayerRow> p) {
        return vm().rows().stream().filter(p).findFirst().orElseThrow();
    }

    /** Filters the table to one sprayer, then opens its row menu and picks an entry: two clicks. */
    private void rowAction(FxRobot robot, String serial, String menuText) throws Exception {
        robot.clickOn("#sprayer-search").write(serial);
        waitUntil(() -> vm().items().size() == 1);
        robot.clickOn("#row-actions-" + serial);
        robot.clickOn(menuText);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addsASprayerToADemoProperty(FxRobot robot) throws Exception {
        loaded();
        PropertySummary property = services.register().propertySummaries().get(3);
        robot.interact(() -> view.addSprayer(property.id()));
        waitUntil(() -> robot.lookup("#editor-serial").tryQuery().isPresent());
        SprayerEditor editor = editorOpen(robot);
        waitUntil(() -> editor.model().propertyProperty().get() != null);
        assertThat(editor.model().propertyProperty().get().id()).isEqualTo(property.id());

        robot.clickOn("#editor-location").write("Testvägen 4 UV");
        robot.clickOn("#editor-serial").write("TEST-40001");
        robot.clickOn("#editor-solutionCode").write("LU-TEST-40001");
        robot.clickOn("#editor-save");

        waitUntil(() -> row("TEST-40001").isPresent());
        List<SprayerSummary> atProperty = services.sprayers().summariesOfProperty(property.id());
        assertThat(atProperty).extracting(SprayerSummary::serial).contains("TEST-40001");
        SprayerSummary added = row("TEST-40001").get().summary();
        assertThat(added.location()).isEqualTo("Testvägen 4 UV");
        assertThat(added.nextService()).isEqualTo(services.sprayers().today().plusMonths(
                services.settings().current().defaultServiceIntervalMonths()));
    }

    private SprayerEditor editorOpen(FxRobot robot) {
        return SprayerEditor.lastOpened();
    }

    @Test
    void recordingAServiceMovesTheNextDueDateAndUndoPutsItBack(FxRobot robot) throws Exception {
        loaded();
        SprayerRow overdue = pick(SprayerRow::overdue);
        LocalDate before = overdue.summary().nextService();
        int interval = services.sprayers().sprayer(overdue.id()).orElseThrow().serviceIntervalMonths();

        rowAction(robot, overdue.serial(), "Service utförd i dag");

        LocalDate expected = services.sprayers().today().plusMonths(interval);
        waitUntil(() -> expected.equals(row(overdue.serial()).get().summary().nextService()));
        assertThat(row(overdue.serial()).get().overdue()).isFalse();
        assertThat(services.sprayers().events(overdue.id())).anyMatch(e -> e.date().equals(services.sprayers()
                .today()) && e.kind() == se.markdna.domain.sprayer.EventKind.SERVICED);
        assertThat(robot.lookup("#sprayer-notice").queryAs(Label.class).getText()).contains(expected.toString());

        robot.clickOn("#sprayer-undo");
        waitUntil(() -> before.equals(row(overdue.serial()).get().summary().nextService()));
        assertThat(row(overdue.serial()).get().overdue()).isTrue();
    }

    @Test
    void anActivationShowsInServiceDueAndARefillTakesItOut(FxRobot robot) throws Exception {
        loaded();
        SprayerRow fine = pick(r -> r.inService() && !r.overdue() && !r.dueSoon() && !r.expired()
                && !r.triggered());
        String serial = fine.serial();
        assertThat(dueSerials()).doesNotContain(serial);

        rowAction(robot, serial, "Utlöst …");
        waitUntil(() -> robot.lookup("#event-caseNumber").tryQuery().isPresent());
        robot.clickOn("#event-caseNumber").write("5000-K1234");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-policeCaseNumber").queryAs(Label.class).isVisible()).isTrue();
        robot.write("56-19");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-policeCaseNumber").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#event-ok");
        waitUntil(() -> row(serial).get().triggered());
        assertThat(services.sprayers().events(fine.id())).anyMatch(e -> "5000-K123456-19".equals(
                e.policeCaseNumber()));

        robot.interact(() -> due.refresh());
        waitUntil(() -> dueSerials().contains(serial));

        robot.clickOn("#sprayer-search").eraseText(serial.length());
        rowAction(robot, serial, "Patron påfylld …");
        waitUntil(() -> robot.lookup("#event-ok").tryQuery().isPresent());
        robot.clickOn("#event-ok");
        waitUntil(() -> !row(serial).get().triggered());

        robot.interact(() -> due.refresh());
        waitUntil(() -> !due.model().busyProperty().get() && !dueSerials().contains(serial));
    }

    private List<String> dueSerials() {
        return due.model().groups().stream().flatMap(g -> g.lines().stream()).map(l -> l.sprayer().serial())
                .toList();
    }

    @Test
    void aDuplicateSerialIsRefusedWithAMessage(FxRobot robot) throws Exception {
        loaded();
        String taken = vm().rows().get(0).serial();
        PropertySummary property = services.register().propertySummaries().get(0);
        robot.interact(() -> view.addSprayer(property.id()));
        waitUntil(() -> SprayerEditor.lastOpened() != null
                && SprayerEditor.lastOpened().model().propertyProperty().get() != null);

        robot.clickOn("#editor-serial").write(taken);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#error-serial").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Serienumret finns redan").contains(taken);

        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(SprayerEditor.lastOpened().stage().isShowing()).isTrue();
        assertThat(robot.lookup("#editor-banner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(services.sprayers().summaries()).filteredOn(s -> s.serial().equals(taken)).hasSize(1);
    }

    @Test
    void theServiceDueListIsGroupedByPropertyInDueOrderAndPrintsWithoutAPrinter(FxRobot robot) throws Exception {
        waitUntil(() -> !due.model().groups().isEmpty() && !due.model().busyProperty().get());
        var groups = due.model().groups();
        for (int i = 1; i < groups.size(); i++) {
            assertThat(groups.get(i).firstDue()).isAfterOrEqualTo(groups.get(i - 1).firstDue());
        }
        assertThat(due.model().countProperty().get()).isEqualTo(services.sprayers().serviceDue().size());
        // the table shows the model's flat rows as they are: each property, then its sprayers
        var rows = due.model().rows();
        assertThat(due.table().getItems()).isSameAs(rows);
        assertThat(rows).hasSize(groups.size() + due.model().countProperty().get());
        assertThat(rows.get(0)).isSameAs(groups.get(0));
        assertThat(rows.get(1)).isSameAs(groups.get(0).lines().get(0));

        // A4 portrait printable area is about 523 x 770 points
        List<javafx.scene.layout.Region> pages = WorkListPrinter.pages(groups, LocalDate.now(), 30,
                due.model().countProperty().get(), due.model().texts(), 523, 770);
        assertThat(pages).isNotEmpty();

        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("#due-print");
        WaitForAsyncUtils.waitForFxEvents();
        // headless: no printer; the view says so instead of failing
        if (javafx.print.Printer.getDefaultPrinter() == null) {
            assertThat(robot.lookup("#due-notice").queryAs(Label.class).getText()).contains("Ingen skrivare");
        }
    }

    @Test
    void openRecordSelectsTheSprayerAndShowsItsDetailEvenWhileTheListLoads(FxRobot robot) throws Exception {
        SprayerSummary wanted = services.sprayers().summaries().get(12);
        // a fresh view: the request arrives before its rows do
        SprayersView[] fresh = new SprayersView[1];
        robot.interact(() -> {
            fresh[0] = new SprayersView(ctx);
            fresh[0].openRecord(wanted.id());
            stage.getScene().setRoot(fresh[0]);
        });
        waitUntil(() -> fresh[0].table().getSelectionModel().getSelectedItem() != null);
        assertThat(fresh[0].table().getSelectionModel().getSelectedItem().id()).isEqualTo(wanted.id());
        waitUntil(() -> robot.lookup("#detail-title").tryQueryAs(Label.class)
                .map(l -> l.getText().startsWith(wanted.serial())).orElse(false));
        waitUntil(() -> !robot.lookup("#detail-events").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#detail-total").queryAs(Label.class).getText()).contains("kr");
    }

    @Test
    void aDoubleClickOnTheServiceDueListOpensTheSprayerInTheRegister(FxRobot robot) throws Exception {
        loaded();
        waitUntil(() -> due.model().loadedProperty().get() && !due.model().groups().isEmpty());
        ServiceDueModel.DueLine first = due.model().groups().get(0).lines().get(0);
        robot.interact(() -> shell.navigate(Places.SERVICE_DUE));
        robot.interact(() -> due.table().getSelectionModel().select(1)); // row 0 is the property, 1 its sprayer
        robot.doubleClickOn(robot.lookup("#due-tree .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        waitUntil(() -> vm().selectedProperty().get() != null
                && vm().selectedProperty().get().id() == first.sprayer().id());
        assertThat(shell.navigated).endsWith(Places.SPRAYERS);
    }

    @Test
    void bothViewsOfferTheRowsTheyShowForExport(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#quick-triggered");
        WaitForAsyncUtils.waitForFxEvents();
        ShownRows shown = view.shownRows().orElseThrow();
        assertThat(shown.sheet()).isEqualTo(se.markdna.io.interchange.Sheet.SPRAYERS);
        assertThat(shown.ids()).isNotEmpty().containsExactlyElementsOf(vm().items().stream().map(SprayerRow::id)
                .toList());
        assertThat(shown.filterText()).isEqualTo("Utlösta");

        waitUntil(() -> due.model().loadedProperty().get());
        ShownRows dueRows = due.shownRows().orElseThrow();
        assertThat(dueRows.ids()).containsExactlyElementsOf(services.sprayers().serviceDue().stream()
                .map(SprayerSummary::id).toList());
        assertThat(dueRows.filterText()).startsWith("Servicebehov per ");
    }

    @Test
    void theServiceDueListExportsToAnExcelSheet(FxRobot robot) throws Exception {
        waitUntil(() -> due.model().loadedProperty().get());
        Path file = dir.resolve("servicebehov.xlsx");
        robot.interact(() -> due.exportTo(file));
        waitUntil(() -> !shell.notices.isEmpty());
        int expected = services.sprayers().serviceDue().size();
        assertThat(shell.notices.get(0)).isEqualTo(expected + " sprutor exporterade till servicebehov.xlsx");
        assertThat(robot.lookup("#due-notice").queryAs(Label.class).getText()).isEqualTo(shell.notices.get(0));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            var sheet = wb.getSheet("Servicebehov");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Serienummer");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo(services.sprayers().serviceDue().get(0).serial());
        }
    }

    @Test
    void theStartUpNoticeSaysHowManyAndOpensServiceDue(FxRobot robot) throws Exception {
        loaded();
        var counts = services.sprayers().attentionCounts();
        robot.interact(() -> SprayerAttention.checkOnStart(ctx, shell));
        String summary = counts.total() + " sprutor behöver åtgärdas";
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains(summary)).tryQuery().isPresent());
        javafx.scene.Node open = robot.lookup(n -> n instanceof javafx.scene.control.Button b
                && "Visa servicebehov".equals(b.getText())).query();
        robot.clickOn(open);
        waitUntil(() -> shell.navigated.contains(Places.SERVICE_DUE));
    }

    @Test
    void thePropertyDetailCanOpenTheFormForANewSprayerAtItsProperty(FxRobot robot) throws Exception {
        PropertySummary property = services.register().propertySummaries().get(5);
        List<se.markdna.domain.sprayer.Sprayer> saved = new java.util.concurrent.CopyOnWriteArrayList<>();
        SprayerEditor[] editor = new SprayerEditor[1];
        robot.interact(() -> editor[0] = SprayerEditor.openForNewSprayer(stage, services, ctx.messages(),
                property.id(), saved::add));
        waitUntil(() -> editor[0].model().propertyProperty().get() != null);
        assertThat(editor[0].model().propertyProperty().get().id()).isEqualTo(property.id());
        robot.clickOn("#editor-serial").write("PROP-77001");
        robot.clickOn("#editor-solutionCode").write("LU-PROP-77001");
        robot.clickOn("#editor-save");
        waitUntil(() -> !saved.isEmpty());
        assertThat(saved.get(0).propertyId()).isEqualTo(property.id());
        assertThat(services.sprayers().summariesOfProperty(property.id())).extracting(SprayerSummary::serial)
                .contains("PROP-77001");
    }
}
