package se.markdna.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.domain.register.District;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;

/**
 * The property register driven through its real views on the Lund demo data (headless Monocle):
 * the views get a {@link UiContext} whose dialogs answer "yes" and record what was asked, and a
 * {@link TestShell} that records where they send the user.
 */
@ExtendWith(ApplicationExtension.class)
class PropertiesViewTest {

    private AppServices services;
    private UiContext ctx;
    private TestShell shell;
    private Stage stage;
    private PropertiesView view;
    private ReferenceDataView reference;
    private final List<String> questions = new ArrayList<>();

    /** The demo register, loaded once; every test starts from its own copy (loading it takes seconds). */
    private static Path demoTemplate;

    @org.junit.jupiter.api.BeforeAll
    static void loadDemoOnce() throws Exception {
        Path dir = Files.createTempDirectory("props-ui-template");
        AppServices template = new AppServices(Database.open(dir.resolve("demo.db")), () -> "test",
                Clock.systemDefaultZone());
        template.demo().load(false);
        demoTemplate = dir.resolve("demo-copy.db");
        template.database().backupTo(demoTemplate);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        Path dir = Files.createTempDirectory("props-ui");
        Files.copy(demoTemplate, dir.resolve("t.db"));
        services = new AppServices(Database.open(dir.resolve("t.db")), () -> "test", Clock.systemDefaultZone());
        ctx = new UiContext(services, new Messages(Messages.SWEDISH), Dialogs.recording(true, questions));
        shell = new TestShell(stage);
        ctx.attach(shell);
        view = new PropertiesView(ctx);
        reference = new ReferenceDataView(ctx);
        TabPane tabs = new TabPane(new javafx.scene.control.Tab("Fastigheter", view),
                new javafx.scene.control.Tab("Register", reference));
        stage.setScene(new Scene(tabs, 1260, 780));
        stage.show();
    }

    private PropertyListViewModel vm() {
        return view.viewModel();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loaded() throws Exception {
        waitUntil(() -> vm().loadedProperty().get() && !vm().busy().get());
    }

    private void idle() throws Exception {
        waitUntil(() -> !vm().busy().get());
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + id);
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).clear());
        robot.write(text);
    }

    private String error(FxRobot robot, String field) {
        Label l = robot.lookup("#error-" + field).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void countIsShownAndSearchFiltersAsYouType(FxRobot robot) throws Exception {
        loaded();
        int total = vm().rows().size();
        Label count = robot.lookup("#props-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo(total + " av " + total);
        String district = vm().rows().get(0).summary().districtName();
        robot.clickOn("#props-search").write(district);
        waitUntil(() -> vm().items().size() < total);
        assertThat(count.getText()).isEqualTo(vm().items().size() + " av " + total);
        robot.clickOn("#props-filter-clear");
        waitUntil(() -> vm().items().size() == total);
    }

    @Test
    void createAPropertyThroughTheFormWithAKitDistribution(FxRobot robot) throws Exception {
        loaded();
        int before = vm().rows().size();
        robot.clickOn("#props-table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button save = robot.lookup("#props-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(error(robot, "designation")).isEqualTo("Måste fyllas i");

        type(robot, "field-designation", "Lund Testgården 7:1");
        type(robot, "field-name", "Testgården");
        type(robot, "field-postalCode", "2236");
        assertThat(error(robot, "postalCode")).isEqualTo("Postnummer skrivs NNN NN, t.ex. 223 63");
        type(robot, "field-postalCode", "223 63");
        assertThat(error(robot, "postalCode")).isEmpty();
        District d = vm().districts().get(0);
        robot.interact(() -> robot.lookup("#field-districtId").queryAs(ComboBox.class).setValue(d));
        type(robot, "field-dwellings", "50");
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn("Kitutdelning");
        robot.clickOn("#kit-new");
        type(robot, "kit-supplier", "SelectaDNA");
        type(robot, "kit-kitsDelivered", "30");
        type(robot, "kit-kitsHandedOut", "20");
        robot.clickOn("#kit-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#props-kits").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#props-form-coverage").queryAs(Label.class).getText()).contains("40\u00a0%");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> vm().rows().size() == before + 1 && vm().form().originalProperty().get() != null);
        idle();
        long id = vm().form().originalProperty().get().meta().id();
        assertThat(services.register().kitDistributions(id)).hasSize(1);
        assertThat(vm().rows()).anyMatch(r -> r.id() == id && r.summary().kitsHandedOut() == 20);
    }

    @Test
    void editAndSeeTheHistoryRowThenUndo(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> view.table().getSelectionModel().clearAndSelect(0));
        robot.interact(view::openSelected);
        waitUntil(() -> vm().form().openProperty().get() && vm().form().originalProperty().get() != null);
        long id = vm().form().originalProperty().get().meta().id();
        type(robot, "field-signs", "17");
        robot.clickOn("#props-save");
        waitUntil(() -> services.register().property(id).orElseThrow().signs() == 17);
        idle();
        robot.clickOn("Historik");
        waitUntil(() -> vm().form().history().stream()
                .anyMatch(h -> h.field().equals("Skyltar") && h.newValue().equals("17")));
        TableView<?> history = robot.lookup("#props-history").queryAs(TableView.class);
        assertThat(history.getItems()).isNotEmpty();

        robot.clickOn("#props-table");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> services.register().property(id).orElseThrow().signs() != 17);
        waitUntil(() -> robot.lookup("#props-notice").queryAs(Label.class).getText().startsWith("Ångrade"));
    }

    @Test
    void bulkEditThreeRows(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> view.table().getSelectionModel().selectRange(0, 3));
        Node bar = robot.lookup("#props-bulk-bar").query();
        assertThat(bar.isVisible()).isTrue();
        List<Long> ids = view.table().getSelectionModel().getSelectedItems().stream().map(PropertyRow::id).toList();
        assertThat(ids).hasSize(3);
        robot.interact(() -> robot.lookup("#bulk-status").queryAs(ComboBox.class).setValue(PropertyStatus.RENEWAL_DUE));
        robot.clickOn("#bulk-apply");
        waitUntil(() -> ids.stream().allMatch(id -> services.register().property(id).orElseThrow().status()
                == PropertyStatus.RENEWAL_DUE));
        idle();
        assertThat(vm().rows()).filteredOn(r -> ids.contains(r.id()))
                .allMatch(r -> r.summary().status() == PropertyStatus.RENEWAL_DUE);
    }

    @Test
    void deleteWithConfirmationAndUndo(FxRobot robot) throws Exception {
        loaded();
        int total = vm().rows().size();
        robot.interact(() -> view.table().getSelectionModel().clearAndSelect(2));
        PropertyRow r = view.table().getSelectionModel().getSelectedItem();
        robot.interact(() -> view.table().requestFocus());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> vm().rows().size() == total - 1);
        assertThat(questions).contains("confirm: Ta bort fastighet: Ta bort " + r.designation() + "?");
        assertThat(services.register().property(r.id())).isEmpty();
        robot.clickOn("#props-undo");
        waitUntil(() -> vm().rows().size() == total);
        assertThat(services.register().property(r.id())).isPresent();
    }

    @Test
    void organisationNumberIsCheckedAsYouType(FxRobot robot) throws Exception {
        robot.clickOn("Register");
        robot.clickOn("#ref-org-new");
        type(robot, "org-number", "556036-0792");
        assertThat(robot.lookup("#error-org-number").queryAs(Label.class).getText())
                .isEqualTo("Kontrollsiffran stämmer inte (Luhn)");
        assertThat(robot.lookup("#ref-org-save").queryButton().isDisabled()).isTrue();
        type(robot, "org-number", "556036-0793");
        assertThat(robot.lookup("#error-org-number").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aPropertyOpensFromAnotherViewEvenBeforeTheTableHasLoaded(FxRobot robot) throws Exception {
        long id = services.register().propertySummaries().get(10).id();
        PropertiesView fresh = WaitForAsyncUtils.asyncFx(() -> new PropertiesView(ctx)).get();
        robot.interact(() -> fresh.openRecord(id));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fresh.viewModel().form().originalProperty().get() != null);
        assertThat(fresh.viewModel().loadedProperty().get()).isFalse();
        assertThat(fresh.viewModel().form().originalProperty().get().meta().id()).isEqualTo(id);
        assertThat(fresh.viewModel().form().districtProperty().get()).isNotNull();
        robot.interact(() -> stage.getScene().setRoot(fresh));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fresh.viewModel().loadedProperty().get()
                && fresh.table().getSelectionModel().getSelectedItem() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fresh.table().getSelectionModel().getSelectedItem().id()).isEqualTo(id);
        assertThat(robot.lookup("#props-form-title").queryAs(Label.class).getText())
                .isEqualTo(fresh.viewModel().form().designationProperty().get());
    }

    @Test
    void theRowsShownAreOfferedForExportInDisplayOrder(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#props-search").write("genarp");
        waitUntil(() -> vm().items().size() < vm().rows().size());
        ShownRows shown = view.shownRows().orElseThrow();
        assertThat(shown.sheet()).isEqualTo(se.markdna.io.interchange.Sheet.PROPERTIES);
        assertThat(shown.filterText()).isEqualTo("Sök: \"genarp\"");
        List<Long> displayed = view.table().getItems().stream().map(PropertyRow::id).toList();
        assertThat(shown.ids()).isNotEmpty().containsExactlyElementsOf(displayed);
    }

    @Test
    void theDetailListsTheSprayersAndLinksToThem(FxRobot robot) throws Exception {
        loaded();
        var sprayer = services.sprayers().summaries().get(0);
        robot.interact(() -> view.openRecord(sprayer.propertyId()));
        waitUntil(() -> !vm().form().sprayers().isEmpty());
        robot.clickOn("#tab-sprayers");
        javafx.scene.control.ListView<?> sprayers = robot.lookup("#props-sprayers").queryAs(javafx.scene.control.ListView.class);
        assertThat(sprayers.getItems()).hasSize(services.sprayers().summariesOfProperty(sprayer.propertyId()).size());
        robot.doubleClickOn(sprayer.serial());
        waitUntil(() -> shell.opened.contains("sprayers/" + sprayer.id()));

        int windows = robot.listWindows().size();
        robot.clickOn("#props-sprayer-add");
        waitUntil(() -> robot.listWindows().size() == windows + 1);
        Stage editor = (Stage) robot.listWindows().stream().filter(w -> w != stage).reduce((a, b) -> b).orElseThrow();
        assertThat(editor.getTitle()).isEqualTo("Ny spruta");
        robot.interact(editor::close);
    }

    @Test
    void anEditConflictShowsTheDifferingFieldsAndOverwriteKeepsMine(FxRobot robot) throws Exception {
        loaded();
        long id = vm().rows().get(4).id();
        robot.interact(() -> view.openRecord(id));
        waitUntil(() -> vm().form().originalProperty().get() != null);
        var stored = services.register().property(id).orElseThrow();
        services.register().saveProperty(new se.markdna.domain.register.Property(stored.meta(), stored.designation(),
                "Deras namn", stored.streetAddress(), stored.postalCode(), stored.postTown(), stored.districtId(),
                stored.organisationId(), stored.contactId(), stored.latitude(), stored.longitude(),
                stored.buildingType(), stored.dwellings(), stored.signs(), stored.stickers(),
                stored.neighbourhoodWatch(), stored.programmePhase(), stored.status(), stored.notes()));
        type(robot, "field-name", "Mitt namn");
        robot.clickOn("#props-save");
        waitUntil(() -> "Mitt namn".equals(services.register().property(id).orElseThrow().name()));
        assertThat(questions).anyMatch(q -> q.startsWith("confirm: Någon annan har ändrat fastigheten: "));
    }

    @Test
    void aContactsPersonalDataIsErasedAfterAConfirmationNamingThem(FxRobot robot) throws Exception {
        robot.clickOn("Register");
        var org = services.register().organisations().stream()
                .filter(o -> !services.register().contacts(o.meta().id()).isEmpty()).findFirst().orElseThrow();
        var contact = services.register().contacts(org.meta().id()).get(0);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> reference.viewModel().loadedProperty().get());
        robot.clickOn(org.name());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !reference.viewModel().contacts.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(contact.name());
        robot.clickOn("#ref-contact-erase");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> services.register().contacts(org.meta().id()).stream()
                .noneMatch(c -> c.name().equals(contact.name())));
        assertThat(questions).contains("confirm: Radera personuppgifter: Radera personuppgifterna för "
                + contact.name() + "?");
    }
}
