package se.markdna.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Sheet;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;

/**
 * The export dialog and the import wizard driven through their real windows on the Lund demo data
 * (headless Monocle); only the native file choosers are replaced by fixed answers.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeDialogsTest {

    private Path dir;
    private AppServices services;
    private UiContext ctx;
    private ExchangeTestShell shell;
    private final List<String> dialogs = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private final List<Path> doneFiles = new ArrayList<>();

    /** A view that offers its rows for "export the rows shown". */
    private static final class TableStandIn extends StackPane implements ExportableView {
        private final ShownRows rows;

        TableStandIn(ShownRows rows) {
            this.rows = rows;
        }

        @Override
        public Optional<ShownRows> shownRows() {
            return Optional.of(rows);
        }
    }

    /** Answers the file choosers with what the test set. */
    private static final class FixedPicker implements FilePicker {
        Path save;
        List<Path> open = List.of();

        @Override
        public Optional<Path> saveWorkbook(Window owner, String title, Path suggested) {
            return Optional.ofNullable(save);
        }

        @Override
        public Optional<Path> folder(Window owner, String title, Path initial) {
            return Optional.ofNullable(save);
        }

        @Override
        public List<Path> spreadsheets(Window owner, String title) {
            return open;
        }
    }

    private final FixedPicker picker = new FixedPicker();

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        dir = Files.createTempDirectory("exchange-ui");
        services = new AppServices(Database.open(dir.resolve("t.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        ctx = new UiContext(services, new Messages(Messages.SWEDISH), Dialogs.recording(true, dialogs));
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.show();
        shell = new ExchangeTestShell(stage);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(w -> ((Stage) w).close()));
    }

    private DoneNotice recordingNotice() {
        return (title, text, file) -> {
            done.add(title + ": " + text);
            doneFiles.add(file);
        };
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ExportDialog openExport(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = ExportDialog.open(ctx, shell, picker, recordingNotice()));
        return dialog[0];
    }

    private ImportWizard openImport(FxRobot robot, Path... files) {
        picker.open = List.of(files);
        ImportWizard[] wizard = new ImportWizard[1];
        robot.interact(() -> wizard[0] = ImportWizard.open(ctx, shell, picker, recordingNotice()));
        return wizard[0];
    }

    private static List<String> sheets(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    private long count(String table) {
        return services.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM " + table); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void exportDialogWritesTheWholeRegisterAndAnnouncesTheFile(FxRobot robot) throws Exception {
        Path out = dir.resolve("export.xlsx");
        picker.save = out;
        ExportDialog dialog = openExport(robot);
        assertThat(robot.lookup("#export-scope-shown").queryAs(RadioButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-contacts").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isFalse();
        robot.clickOn("#export-choose");
        assertThat(dialog.model().targetProperty().get()).isEqualTo(out);
        robot.clickOn("#export-run");
        waitUntil(() -> !done.isEmpty());
        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(sheets(out)).containsExactly("Områden", "Organisationer", "Fastigheter", "Kitutdelningar",
                "Sprutor", "Spruthändelser", "Planerade platser", "Servicebehov", "Täckning", "Om");
        assertThat(done.get(0)).startsWith("Exporten är klar: Exporterat till export.xlsx");
        assertThat(doneFiles).containsExactly(out);
    }

    @Test
    void theRowsAViewShowsGoAloneWithContactDetailsWhenTicked(FxRobot robot) throws Exception {
        List<Long> ids = services.database().read(c -> {
            List<Long> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT id FROM property ORDER BY id LIMIT 3");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
        shell.currentView = new TableStandIn(new ShownRows(Sheet.PROPERTIES, ids, "Sök: Dalby"));
        Path out = dir.resolve("shown.xlsx");
        picker.save = out;
        openExport(robot);
        RadioButton shown = robot.lookup("#export-scope-shown").queryAs(RadioButton.class);
        assertThat(shown.getText()).isEqualTo("Raderna som visas: Fastigheter (3 rader)");
        robot.clickOn("#export-scope-shown");
        robot.clickOn("#export-contacts");
        robot.clickOn("#export-choose");
        robot.clickOn("#export-run");
        waitUntil(() -> !done.isEmpty());
        assertThat(sheets(out)).containsExactly("Fastigheter", "Om");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Fastigheter").getLastRowNum()).isEqualTo(3);
            List<String> headers = new ArrayList<>();
            wb.getSheet("Fastigheter").getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("Kontakt");
        }
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile(FxRobot robot) throws Exception {
        Path out = dir.resolve("cancelled.xlsx");
        picker.save = out;
        ExportDialog dialog = openExport(robot);
        robot.clickOn("#export-choose");
        List<Path> before = listing(dir);
        // Exportera and Avbryt in one go, so the export cannot finish first on a fast machine
        robot.interact(() -> {
            robot.lookup("#export-run").queryButton().fire();
            assertThat(dialog.model().runningProperty().get()).isTrue();
            robot.lookup("#export-cancel").queryButton().fire();
        });
        waitUntil(() -> !dialog.model().runningProperty().get());
        assertThat(dialog.model().problemProperty().get()).isEqualTo("Exporten avbröts. Ingen fil skrevs.");
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).isVisible()).isTrue();
        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(out).doesNotExist();
        assertThat(listing(dir)).isEqualTo(before);
        assertThat(done).isEmpty();
    }

    @Test
    void previewOfAFileWithErrorsShowsWhereAndWhyAndImportIsDisabled(FxRobot robot) throws Exception {
        String designation = services.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT designation FROM property LIMIT 1"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        Path f = dir.resolve("sprutor.csv");
        Files.writeString(f, "Serienummer;Fastighetsbeteckning;Placering;Lösningskod;Utlösning;Installerad;Färg\r\n"
                + "NY-1;" + designation + ";Entré;SOL-NY-1;Larmknapp;2024-01-10;röd\r\n"
                + "NY-1;" + designation + ";Entré;SOL-NY-2;Larmknapp;2024-01-10;blå\r\n", StandardCharsets.UTF_8);
        long sprayers = count("sprayer");
        ImportWizard wizard = openImport(robot, f);
        waitUntil(() -> wizard.model().stepProperty().get() == ImportWizardModel.Step.PREVIEW);

        assertThat(robot.lookup("#import-headline").queryAs(Label.class).getText()).startsWith("1 fel hittades.");
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
        TableView<?> summary = robot.lookup("#import-summary").queryAs(TableView.class);
        assertThat(new ArrayList<Object>(summary.getItems())).containsExactly(new ImportSheetSummary("Sprutor", 1, 0, 0, 1));
        assertThat(wizard.model().warnings()).containsExactly("sprutor.csv: Okänd kolumn \"Färg\" ignoreras");

        robot.clickOn("#import-only-errors");
        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        ImportPreviewLine error = (ImportPreviewLine) table.getItems().get(0);
        assertThat(error.sheet()).isEqualTo("Sprutor");
        assertThat(error.row()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("Serienummer");
        assertThat(error.reason()).isEqualTo("Finns redan på rad 2");
        assertThat(error.statusText()).isEqualTo("Fel");
        assertThat(robot.lookup("Finns redan på rad 2").tryQuery()).isPresent();
        assertThat(wizard.model().errorsAsText()).isEqualTo("Sprutor rad 3, Serienummer: finns redan på rad 2");
        assertThat(count("sprayer")).isEqualTo(sprayers);
    }

    @Test
    void aCleanFileIsPreviewedThenImportedInOneGo(FxRobot robot) throws Exception {
        Path f = dir.resolve("områden.csv");
        Files.writeString(f, "\uFEFFOmråde;Huvudområde;Typ;Hushåll\r\nTestby;Byarna;By;1 200\r\n"
                + "Provköping;Byarna;By;300\r\n", StandardCharsets.UTF_8);
        long districts = count("district");
        ImportWizard wizard = openImport(robot, f);
        waitUntil(() -> wizard.model().stepProperty().get() == ImportWizardModel.Step.PREVIEW);
        assertThat(robot.lookup("#import-headline").queryAs(Label.class).getText())
                .isEqualTo("Inga fel. 2 nya och 0 ändrade rader skrivs när du klickar Importera; 0 är oförändrade.");
        assertThat(count("district")).isEqualTo(districts);
        Button run = robot.lookup("#import-run").queryButton();
        assertThat(run.isDisabled()).isFalse();
        robot.clickOn(run);
        waitUntil(() -> !done.isEmpty());
        assertThat(count("district")).isEqualTo(districts + 2);
        assertThat(shell.dataChanged).isEqualTo(1);
        assertThat(wizard.stage().isShowing()).isFalse();
        assertThat(done).containsExactly("Importen är klar: 2 nya och 0 ändrade rader; 0 oförändrade.");
    }

    @Test
    void aFileThatIsNoSpreadsheetGetsAClearMessage(FxRobot robot) throws Exception {
        Path f = dir.resolve("trasig.xlsx");
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        ImportWizard wizard = openImport(robot, f);
        waitUntil(() -> wizard.model().stepProperty().get() == ImportWizardModel.Step.FILE_PROBLEM);
        String text = robot.lookup("#import-problem").queryAs(Label.class).getText();
        assertThat(text).startsWith("Filen trasig.xlsx").doesNotContain("Exception");
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("t.db")).sorted().toList();
        }
    }
}
