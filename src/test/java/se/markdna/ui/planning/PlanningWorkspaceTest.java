package se.markdna.ui.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.markdna.ui.planning.PlanningFixture.settle;
import static se.markdna.ui.planning.PlanningFixture.waitUntil;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.io.interchange.Sheet;
import se.markdna.ui.common.Places;

/** The planning workspace driven through its real views on the Lund demo data (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class PlanningWorkspaceTest {

    private PlanningFixture fixture;
    private PlanningWorkspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        fixture = PlanningFixture.withDemoData();
        workspace = new PlanningWorkspace(fixture.ui);
        stage.setScene(new Scene(workspace, 1260, 780));
        stage.show();
    }

    private void loaded() throws Exception {
        waitUntil(() -> workspace.readyProperty().get() && workspace.mapModel().loadedProperty().get() > 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void rankingShowsTheBestFirstWithItsPartsAndFollowsTheWeights(FxRobot robot) throws Exception {
        loaded();
        TableView<RankedSite> table = robot.lookup("#plan-ranking").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getItems()).isSortedAccordingTo(
                (a, b) -> Double.compare(b.score().score(), a.score().score()));
        assertThat(table.getItems()).noneMatch(r -> r.site().status() == SiteStatus.DONE
                || r.site().status() == SiteStatus.REJECTED);
        // the export of "rows shown" follows the table
        var shown = workspace.shownRows().orElseThrow();
        assertThat(shown.sheet()).isEqualTo(Sheet.ROLLOUT_SITES);
        assertThat(shown.ids()).isEqualTo(table.getItems().stream().map(r -> r.site().id()).toList());

        // only the priority-area weight: every score becomes 0 or 100
        robot.interact(() -> workspace.context().weightsProperty().set(new ScoreWeights(0, 0, 0, 1)));
        waitUntil(() -> workspace.ranking().rankedWithProperty().get().equals(new ScoreWeights(0, 0, 0, 1)));
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.score().score()).isIn(0.0, 100.0));
        assertThat(table.getItems().get(0).score().priorityPart()).isEqualTo(1.0);

        robot.interact(() -> table.getSelectionModel().select(0));
        settle();
        Label explanation = robot.lookup("#plan-explanation").queryAs(Label.class);
        assertThat(explanation.getText()).contains(table.getItems().get(0).site().name()).contains("poäng");
        assertThat(workspace.form().originalProperty().get().id()).isEqualTo(table.getItems().get(0).site().id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void sortingByAColumnReordersTheTableAndTheExportedRows(FxRobot robot) throws Exception {
        loaded();
        TableView<RankedSite> table = robot.lookup("#plan-ranking").queryAs(TableView.class);
        TableColumn<RankedSite, ?> name = table.getColumns().get(1);
        robot.interact(() -> {
            name.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(name));
        });
        settle();
        List<String> names = table.getItems().stream().map(r -> r.site().name()).toList();
        assertThat(names).isSortedAccordingTo(String::compareTo);
        assertThat(workspace.shownRows().orElseThrow().ids())
                .isEqualTo(table.getItems().stream().map(r -> r.site().id()).toList());
        // the ranking itself keeps its order
        assertThat(workspace.ranking().all()).isSortedAccordingTo(
                (a, b) -> Double.compare(b.score().score(), a.score().score()));
    }

    @Test
    void budgetPlanChoosesWithinTheBudgetAndApprovesInOneAction(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> workspace.show(PlanningWorkspace.Page.BUDGET));
        robot.clickOn("#plan-budget-amount").write("250000");
        settle();
        assertThat(workspace.budgetModel().budget()).isEqualTo(250_000L);
        robot.clickOn("#plan-budget-run");
        waitUntil(() -> workspace.budgetModel().summaryProperty().get() != null);
        assertThat(workspace.budgetModel().messageProperty().get()).isNull();
        var summary = workspace.budgetModel().summaryProperty().get();
        assertThat(summary.sites()).isPositive();
        assertThat(summary.totalCost()).isLessThanOrEqualTo(250_000);
        Label remaining = robot.lookup("#plan-fig-remaining").queryAs(Label.class);
        assertThat(remaining.getText().replaceAll("\\D", "")).isEqualTo(String.valueOf(250_000 - summary.totalCost()));

        List<Long> chosen = List.copyOf(workspace.budgetModel().chosen());
        long first = chosen.get(0);
        robot.clickOn("#plan-pin-out-" + first);
        waitUntil(() -> !workspace.budgetModel().busy().get() && !workspace.budgetModel().chosen().contains(first));
        assertThat(workspace.budgetModel().summaryProperty().get().totalCost()).isLessThanOrEqualTo(250_000);

        List<Long> plan = List.copyOf(workspace.budgetModel().chosen());
        robot.clickOn("#plan-budget-approve");
        waitUntil(() -> fixture.services.planning().sites().stream().filter(s -> plan.contains(s.id()))
                .allMatch(s -> s.status() == SiteStatus.APPROVED));
        assertThat(robot.lookup("#plan-budget-message").queryAs(Label.class).getText()).contains("godkändes");
    }

    @Test
    void clickingASiteOnTheMapOpensItInTheEditor(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> workspace.show(PlanningWorkspace.Page.MAP));
        settle();
        MapModel model = workspace.map().model();
        RankedSite site = model.sites().stream().filter(s -> s.site().latitude() != null)
                .filter(s -> s.site().status().isPlannable()).findFirst().orElseThrow();
        robot.interact(() -> {
            model.fit();
            workspace.map().redraw();
        });
        settle();
        Point2D screen = workspace.map().canvas().localToScreen(model.x(site.site().longitude()),
                model.y(site.site().latitude()));
        robot.clickOn(screen);
        waitUntil(() -> workspace.form().originalProperty().get() != null
                && workspace.form().originalProperty().get().id().equals(site.site().id()));
        assertThat(workspace.shownPage()).isEqualTo(PlanningWorkspace.Page.SITES);
        assertThat(robot.lookup("#plan-f-name").queryAs(TextField.class).getText()).isEqualTo(site.site().name());
        assertThat(workspace.sites().table().getSelectionModel().getSelectedItem().site().id())
                .isEqualTo(site.site().id());
    }

    @Test
    void clickingAPropertyOnTheMapOpensItInThePropertyRegister(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> workspace.show(PlanningWorkspace.Page.MAP));
        settle();
        // only properties, so that nothing drawn above them takes the click
        for (String layer : List.of("SITE", "SPRAYER", "DISTRICT")) {
            robot.clickOn("#plan-map-layer-" + layer);
        }
        MapModel model = workspace.map().model();
        robot.interact(() -> {
            model.fit();
            workspace.map().redraw();
        });
        settle();
        var property = fixture.services.register().propertySummaries().stream()
                .filter(p -> p.latitude() != null).findFirst().orElseThrow();
        double x = model.x(property.longitude());
        double y = model.y(property.latitude());
        MapModel.Hit hit = model.hit(x, y);
        assertThat(hit.kind()).isEqualTo(MapModel.Kind.PROPERTY);
        robot.clickOn(workspace.map().canvas().localToScreen(x, y));
        settle();
        assertThat(fixture.shell.opened()).containsExactly("open " + Places.PROPERTIES + " " + hit.id());
    }

    @Test
    void doneCreatesTheLinkedPropertyAndOpensIt(FxRobot robot) throws Exception {
        loaded();
        var planning = fixture.services.planning();
        var approved = planning.sites().stream().filter(s -> s.status() == SiteStatus.APPROVED)
                .findFirst().orElseThrow();
        var inProgress = planning.move(planning.move(approved, SiteStatus.SCHEDULED, null).site(),
                SiteStatus.IN_PROGRESS, null).site();
        long id = inProgress.id();
        robot.interact(() -> workspace.context().changed());
        settle();
        robot.interact(() -> workspace.openRecord(id));
        settle();
        assertThat(robot.lookup("#plan-form-status").queryAs(Label.class).getText()).isEqualTo("Pågår");
        robot.clickOn("#plan-move-DONE");
        waitUntil(() -> !fixture.shell.opened().isEmpty());
        Long propertyId = planning.sites().stream().filter(s -> s.id() == id).findFirst().orElseThrow().propertyId();
        assertThat(propertyId).isNotNull();
        assertThat(fixture.shell.opened()).containsExactly("open " + Places.PROPERTIES + " " + propertyId);
        assertThat(robot.lookup("#plan-form-status").queryAs(Label.class).getText()).isEqualTo("Klar");
    }
}
