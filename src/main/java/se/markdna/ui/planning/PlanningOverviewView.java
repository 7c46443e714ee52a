package se.markdna.ui.planning;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;

/**
 * "Översikt" with charts: key figures (marked properties, households reached, coverage of the
 * municipality, sprayers that need attention, candidates by status, the budget of approved sites)
 * and charts of coverage by district (with the threshold), kits handed out per quarter and
 * sprayers by status.
 */
public final class PlanningOverviewView extends ScrollPane implements se.markdna.ui.common.Refreshable {

    private final OverviewViewModel vm;
    private final Messages m;
    private final Fmt fmt;
    private final TilePane cards = new TilePane(12, 12);
    private final ThresholdBarChart coverageChart;
    private final BarChart<String, Number> quarterChart;
    private final PieChart sprayerChart = new PieChart();
    private final Label sites = new Label();
    private boolean loaded;

    public PlanningOverviewView(AppServices services, Messages messages) {
        this(PlanningContext.shared(services, messages));
    }

    public PlanningOverviewView(PlanningContext ctx) {
        this.vm = new OverviewViewModel(ctx);
        this.m = ctx.messages();
        this.fmt = ctx.fmt();
        setId("plan-overview");
        getStylesheets().add(PlanningWorkspace.stylesheet());
        getStyleClass().add("plan-overview");
        setFitToWidth(true);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("%");
        coverageChart = new ThresholdBarChart(x, y);
        coverageChart.setTitle(m.get("plan.overview.coverageChart"));
        coverageChart.setLegendVisible(false);
        coverageChart.setAnimated(false);
        CategoryAxis qx = new CategoryAxis();
        NumberAxis qy = new NumberAxis();
        quarterChart = new BarChart<>(qx, qy);
        quarterChart.setTitle(m.get("plan.overview.quarterChart"));
        quarterChart.setLegendVisible(false);
        quarterChart.setAnimated(false);
        sprayerChart.setTitle(m.get("plan.overview.sprayerChart"));
        sprayerChart.setAnimated(false);
        sprayerChart.setLegendVisible(false);
        sprayerChart.setLabelsVisible(true);
        for (Node n : new Node[] {coverageChart, quarterChart, sprayerChart}) {
            n.getStyleClass().add("plan-card");
        }
        coverageChart.setMinHeight(320);
        quarterChart.setMinHeight(280);
        sprayerChart.setMinHeight(280);

        cards.setPrefColumns(4);
        cards.setPrefTileWidth(230);
        cards.setId("plan-overview-cards");
        sites.setWrapText(true);
        sites.getStyleClass().add("plan-muted");
        sites.setId("plan-overview-sites");

        Label title = new Label(m.get("plan.overview.title"));
        title.getStyleClass().add("title-2");
        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().setAll(half, half);
        charts.add(coverageChart, 0, 0, 2, 1);
        charts.add(quarterChart, 0, 1);
        charts.add(sprayerChart, 1, 1);
        VBox root = new VBox(14, title, cards, sites, charts);
        root.setPadding(new Insets(18));
        setContent(root);
        vm.figuresProperty().addListener((o, a, f) -> show(f));
        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !loaded) {
                loaded = true;
                vm.load();
            }
        });
    }

    public OverviewViewModel viewModel() {
        return vm;
    }

    private void show(OverviewViewModel.Figures f) {
        if (f == null) {
            return;
        }
        cards.getChildren().setAll(
                card(m.get("plan.overview.marked"), fmt.integer(f.markedProperties()), null, "plan-ov-marked"),
                card(m.get("plan.overview.households"), fmt.integer(f.householdsReached()),
                        m.get("plan.overview.householdsOf", fmt.integer(f.municipalityHouseholds())), "plan-ov-households"),
                card(m.get("plan.overview.coverage"), fmt.percent(f.municipalityCoverage()),
                        m.get("plan.overview.markedDistricts", f.markedDistricts(), f.districts(),
                                fmt.percent(f.threshold())), "plan-ov-coverage"),
                card(m.get("plan.overview.sprayers"), fmt.integer(f.activeSprayers()), null, "plan-ov-sprayers"),
                warn(card(m.get("plan.overview.overdue"), fmt.integer(f.overdue()), null, "plan-ov-overdue"),
                        f.overdue() > 0),
                warn(card(m.get("plan.overview.expired"), fmt.integer(f.expired()), null, "plan-ov-expired"),
                        f.expired() > 0),
                warn(card(m.get("plan.overview.triggered"), fmt.integer(f.triggered()), null, "plan-ov-triggered"),
                        f.triggered() > 0),
                card(m.get("plan.overview.approvedBudget"), fmt.sek(f.approvedBudget()),
                        m.get("plan.overview.approvedSites", f.approvedSites()), "plan-ov-budget"));
        StringBuilder b = new StringBuilder(m.get("plan.overview.sitesByStatus"));
        String sep = " ";
        for (SiteStatus s : SiteStatus.values()) {
            int n = f.sitesByStatus().getOrDefault(s, 0);
            b.append(sep).append(m.label(s)).append(' ').append(n);
            sep = " · ";
        }
        sites.setText(b.toString());

        XYChart.Series<String, Number> cov = new XYChart.Series<>();
        double max = f.threshold() * 100;
        for (DistrictCoverage d : f.coverage()) {
            double pct = d.coverageOrZero() * 100;
            max = Math.max(max, pct);
            XYChart.Data<String, Number> data = new XYChart.Data<>(d.name(), pct);
            boolean marked = d.isMarked(f.threshold());
            data.nodeProperty().addListener((o, a, n) -> {
                if (n != null) {
                    n.getStyleClass().add(marked ? "plan-bar-marked" : "plan-bar-below");
                }
            });
            cov.getData().add(data);
        }
        coverageChart.getData().setAll(java.util.List.of(cov));
        NumberAxis y = (NumberAxis) coverageChart.getYAxis();
        y.setAutoRanging(false);
        double upper = Math.max(5, Math.ceil(max * 1.15 / 5) * 5);
        y.setUpperBound(upper);
        y.setTickUnit(upper <= 30 ? 5 : 10);
        coverageChart.setThreshold(f.threshold() * 100, m.get("plan.coverage.threshold", fmt.percent(f.threshold())));

        XYChart.Series<String, Number> q = new XYChart.Series<>();
        for (se.markdna.domain.planning.QuarterKits k : f.kitsPerQuarter()) {
            q.getData().add(new XYChart.Data<>(k.quarter(), k.kits()));
        }
        quarterChart.getData().setAll(java.util.List.of(q));

        sprayerChart.getData().clear();
        for (Map.Entry<SprayerStatus, Integer> e : f.sprayersByStatus().entrySet()) {
            PieChart.Data d = new PieChart.Data(m.label(e.getKey()) + " (" + e.getValue() + ")", e.getValue());
            sprayerChart.getData().add(d);
            String colour = MapView.sprayerColour(e.getKey()).toString().replace("0x", "#").substring(0, 7);
            d.nodeProperty().addListener((o, a, n) -> {
                if (n != null) {
                    n.setStyle("-fx-pie-color: " + colour + ";");
                }
            });
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-pie-color: " + colour + ";");
            }
        }
    }

    private Node card(String label, String value, String sub, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("plan-card-value");
        Label l = new Label(label);
        l.getStyleClass().add("plan-card-label");
        VBox box = new VBox(4, l, v);
        if (sub != null) {
            Label s = new Label(sub);
            s.getStyleClass().add("plan-card-sub");
            s.setWrapText(true);
            box.getChildren().add(s);
        }
        box.getStyleClass().add("plan-card");
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(12, 14, 12, 14));
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Node warn(Node card, boolean on) {
        if (on) {
            card.getStyleClass().add("plan-card-warn");
        }
        return card;
    }

    @Override
    public void refresh() {
        vm.load();
    }
}
