package se.markdna.ui.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.Property;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;

/** The planning workspace driven through its real views on the Lund demo data (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class PlanningWorkspaceTest {

    private AppServices services;
    private PlanningWorkspace workspace;
    private final List<Property> created = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        Path dir = Files.createTempDirectory("plan-ui");
        services = new AppServices(Database.open(dir.resolve("t.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        workspace = new PlanningWorkspace(new PlanningContext(services, new Messages(Messages.SWEDISH),
                Background.fx()));
        workspace.setCreatedNotice(created::add);
        stage.setScene(new Scene(workspace, 1260, 780));
        stage.show();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loaded() throws Exception {
        waitUntil(() -> !workspace.ranking().all().isEmpty() && !workspace.ranking().busy().get()
                && workspace.mapModel().loadedProperty().get() > 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void rankingShowsTheBestFirstAndFollowsTheWeights(FxRobot robot) throws Exception {
        loaded();
        TableView<RankedSite> table = robot.lookup("#plan-ranking").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getItems()).isSortedAccordingTo(
                (a, b) -> Double.compare(b.score().score(), a.score().score()));
        assertThat(table.getItems()).noneMatch(r -> r.site().status() == SiteStatus.DONE
                || r.site().status() == SiteStatus.REJECTED);

        // only the priority-area weight: every score becomes 0 or 100
        robot.interact(() -> workspace.context().weightsProperty().set(new ScoreWeights(0, 0, 0, 1)));
        waitUntil(() -> workspace.ranking().rankedWithProperty().get().equals(new ScoreWeights(0, 0, 0, 1)));
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.score().score()).isIn(0.0, 100.0));
        assertThat(table.getItems().get(0).score().priorityPart()).isEqualTo(1.0);

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Label explanation = robot.lookup("#plan-explanation").queryAs(Label.class);
        assertThat(explanation.getText()).contains(table.getItems().get(0).site().name()).contains("poäng");
        assertThat(workspace.form().originalProperty().get().id()).isEqualTo(table.getItems().get(0).site().id());
    }

    @Test
    void budgetPlanChoosesWithinTheBudgetAndApprovesInOneAction(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> workspace.show(PlanningWorkspace.Page.BUDGET));
        robot.clickOn("#plan-budget-amount").write("250000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.budgetModel().budget()).isEqualTo(250_000L);
        robot.clickOn("#plan-budget-run");
        waitUntil(() -> workspace.budgetModel().summaryProperty().get() != null
                || workspace.budgetModel().messageProperty().get() != null);
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
        waitUntil(() -> services.planning().sites().stream().filter(s -> plan.contains(s.id()))
                .allMatch(s -> s.status() == SiteStatus.APPROVED));
        waitUntil(() -> !workspace.budgetModel().busy().get());
        assertThat(robot.lookup("#plan-budget-message").queryAs(Label.class).getText()).contains("godkändes");
    }

    @Test
    void clickingASiteOnTheMapOpensItInTheEditor(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> workspace.show(PlanningWorkspace.Page.MAP));
        WaitForAsyncUtils.waitForFxEvents();
        MapModel model = workspace.map().model();
        // the best-ranked site with coordinates; turn off the others so nothing overlaps it
        RankedSite site = model.sites().stream().filter(s -> s.site().latitude() != null)
                .filter(s -> s.site().status().isPlannable()).findFirst().orElseThrow();
        robot.interact(() -> {
            model.fit();
            workspace.map().redraw();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double x = model.x(site.site().longitude());
        double y = model.y(site.site().latitude());
        Point2D screen = workspace.map().canvas().localToScreen(x, y);
        robot.clickOn(screen);
        waitUntil(() -> workspace.form().originalProperty().get() != null
                && workspace.form().originalProperty().get().id().equals(site.site().id()));
        assertThat(workspace.sites().isVisible()).isTrue();
        assertThat(robot.lookup("#plan-f-name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(site.site().name());
    }

    @Test
    void doneCreatesThePropertyAndSaysWhichOne(FxRobot robot) throws Exception {
        loaded();
        var site = services.planning().sites().stream().filter(s -> s.status() == SiteStatus.IN_PROGRESS)
                .findFirst().orElse(null);
        if (site == null) {
            var any = services.planning().sites().stream().filter(s -> s.status() == SiteStatus.APPROVED)
                    .findFirst().orElseThrow();
            var scheduled = services.planning().move(any, SiteStatus.SCHEDULED, null).site();
            site = services.planning().move(scheduled, SiteStatus.IN_PROGRESS, null).site();
            robot.interact(() -> workspace.context().changed());
            waitUntil(() -> !workspace.ranking().busy().get());
        }
        long id = site.id();
        robot.interact(() -> workspace.context().openSite(id));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plan-move-DONE");
        waitUntil(() -> !created.isEmpty());
        assertThat(services.planning().sites().stream().filter(s -> s.id() == id).findFirst().orElseThrow()
                .propertyId()).isEqualTo(created.get(0).id());
        assertThat(robot.lookup("#plan-form-status").queryAs(Label.class).getText()).isEqualTo("Klar");
    }
}
