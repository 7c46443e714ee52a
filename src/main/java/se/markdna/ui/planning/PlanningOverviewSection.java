package se.markdna.ui.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.domain.planning.QuarterKits;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.i18n.Messages;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.UiContext;

/**
 * The start page's planning part, made to sit inside the main window's "Översikt" page: key
 * figures as cards (marked properties, households reached, the municipality's coverage, sprayers in
 * service and those overdue, expired or triggered, candidate sites by status, the budget of
 * approved sites) and three charts (coverage by district against the threshold, kits handed out
 * per quarter, sprayers by status). Uses the overview's card style classes so both parts look alike;
 * hides itself while the register holds nothing to show.
 */
public final class PlanningOverviewSection extends VBox implements Refreshable {

    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("warning");
    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");

    private final PlanningOverviewModel model;
    private final Messages m;
    private final PlanningFormats fmt;
    private final GridPane cards = new GridPane();
    private final ThresholdBarChart coverageChart;
    private final BarChart<String, Number> quarterChart;
    private final PieChart sprayerChart = new PieChart();
    private boolean loaded;

    public PlanningOverviewSection(UiContext ui) {
        super(16);
        PlanningContext ctx = PlanningContext.shared(ui);
        this.model = new PlanningOverviewModel(ctx);
        this.m = ctx.messages();
        this.fmt = ctx.formats();
        setId("plan-overview");
        getStylesheets().add(PlanningWorkspace.stylesheet());
        getStyleClass().add("plan-overview");

        NumberAxis coverageAxis = new NumberAxis();
        coverageAxis.setLabel(m.get("plan.coverage.axis"));
        coverageChart = new ThresholdBarChart(new CategoryAxis(), coverageAxis);
        coverageChart.setId("plan-overview-coverage");
        coverageChart.setTitle(m.get("plan.overview.coverageChart"));
        NumberAxis kitsAxis = new NumberAxis();
        kitsAxis.setLabel(m.get("plan.overview.kitsAxis"));
        kitsAxis.setMinorTickVisible(false);
        quarterChart = new BarChart<>(new CategoryAxis(), kitsAxis);
        quarterChart.setId("plan-overview-quarters");
        quarterChart.setTitle(m.get("plan.overview.quarterChart"));
        sprayerChart.setId("plan-overview-sprayers");
        sprayerChart.setTitle(m.get("plan.overview.sprayerChart"));
        sprayerChart.setLabelsVisible(true);
        sprayerChart.setLegendVisible(false);
        for (javafx.scene.chart.Chart chart : List.of(coverageChart, quarterChart, sprayerChart)) {
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.getStyleClass().add("plan-chart-card");
        }
        coverageChart.setMinHeight(300);
        quarterChart.setMinHeight(280);
        sprayerChart.setMinHeight(280);

        cards.setId("plan-overview-cards");
        cards.setHgap(16);
        cards.setVgap(16);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cards.getColumnConstraints().add(cc);
        }
        GridPane charts = new GridPane();
        charts.setHgap(16);
        charts.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().setAll(half, half);
        charts.add(coverageChart, 0, 0, 2, 1);
        charts.add(quarterChart, 0, 1);
        charts.add(sprayerChart, 1, 1);

        Label title = new Label(m.get("plan.overview.title"));
        title.getStyleClass().add("title-3");
        getChildren().addAll(title, cards, charts);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        model.figuresProperty().addListener((o, a, f) -> show(f));
        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !loaded) {
                loaded = true;
                model.load();
            }
        });
    }

    public PlanningOverviewModel model() {
        return model;
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return model.loadedProperty();
    }

    private void show(PlanningOverviewModel.Figures f) {
        if (f == null) {
            return;
        }
        setVisible(!f.empty());
        List<Node> all = new ArrayList<>(List.of(
                card("marked", "mdal-apartment", m.get("plan.overview.marked"), fmt.integer(f.markedProperties()),
                        m.get("plan.overview.marked.note"), false),
                card("households", "mdal-group", m.get("plan.overview.households"),
                        fmt.integer(f.householdsReached()),
                        m.get("plan.overview.householdsOf", fmt.integer(f.municipalityHouseholds())), false),
                card("coverage", "mdal-donut_large", m.get("plan.overview.coverage"),
                        fmt.percent(f.municipalityCoverage()), m.get("plan.overview.markedDistricts",
                                f.markedDistricts(), f.districts(), fmt.percent(f.threshold())), false),
                card("sprayers", "mdmz-opacity", m.get("plan.overview.sprayers"), fmt.integer(f.activeSprayers()),
                        m.get("plan.overview.sprayers.note"), false),
                card("overdue", "mdal-build", m.get("plan.overview.overdue"), fmt.integer(f.overdue()),
                        m.get(f.overdue() > 0 ? "plan.overview.overdue.note" : "plan.overview.none"), f.overdue() > 0),
                card("expired", "mdal-hourglass_bottom", m.get("plan.overview.expired"), fmt.integer(f.expired()),
                        m.get(f.expired() > 0 ? "plan.overview.expired.note" : "plan.overview.none"), f.expired() > 0),
                card("triggered", "mdmz-warning", m.get("plan.overview.triggered"), fmt.integer(f.triggered()),
                        m.get(f.triggered() > 0 ? "plan.overview.triggered.note" : "plan.overview.none"),
                        f.triggered() > 0),
                card("sites", "mdmz-pin_drop", m.get("plan.overview.sites"),
                        fmt.integer(f.sitesByStatus().values().stream().mapToInt(Integer::intValue).sum()),
                        sitesByStatus(f.sitesByStatus()), false),
                card("budget", "mdal-account_balance_wallet", m.get("plan.overview.approvedBudget"),
                        fmt.sek(f.approvedBudget()), m.get("plan.overview.approvedSites", f.approvedSites()), false)));
        cards.getChildren().clear();
        for (int i = 0; i < all.size(); i++) {
            cards.add(all.get(i), i % 3, i / 3);
        }
        showCoverage(f);
        showQuarters(f.kitsPerQuarter());
        showSprayers(f.sprayersByStatus());
    }

    /** "Föreslagen 5 · Under granskning 2 · …", only the statuses that have sites. */
    private String sitesByStatus(Map<SiteStatus, Integer> byStatus) {
        List<String> parts = new ArrayList<>();
        for (SiteStatus s : SiteStatus.values()) {
            int n = byStatus.getOrDefault(s, 0);
            if (n > 0) {
                parts.add(m.label(s) + " " + n);
            }
        }
        return parts.isEmpty() ? m.get("plan.overview.sites.none") : String.join(" · ", parts);
    }

    private Node card(String key, String icon, String title, String value, String note, boolean warning) {
        FontIcon fi = new FontIcon(icon);
        fi.getStyleClass().add("card-icon");
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        t.setWrapText(true);
        HBox head = new HBox(8, fi, t);
        head.setAlignment(Pos.CENTER_LEFT);
        Label v = new Label(value);
        v.getStyleClass().add("card-value");
        v.setId("plan-ov-" + key);
        Label n = new Label(note);
        n.getStyleClass().add("card-note");
        n.setWrapText(true);
        VBox card = new VBox(6, head, v, n);
        card.getStyleClass().add("card");
        card.setMaxWidth(Double.MAX_VALUE);
        card.pseudoClassStateChanged(WARNING, warning);
        card.pseudoClassStateChanged(EMPTY, "0".equals(value));
        GridPane.setHgrow(card, Priority.ALWAYS);
        GridPane.setFillHeight(card, true);
        return card;
    }

    private void showCoverage(PlanningOverviewModel.Figures f) {
        coverageChart.showCoverage(f.coverage(), f.threshold(),
                m.get("plan.coverage.threshold", fmt.percent(f.threshold())),
                d -> d.name() + ": " + fmt.percent(d.coverageOrZero()));
    }

    private void showQuarters(List<QuarterKits> quarters) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (QuarterKits k : quarters) {
            series.getData().add(new XYChart.Data<>(k.quarter(), k.kits()));
        }
        quarterChart.getData().setAll(List.of(series));
    }

    private void showSprayers(Map<SprayerStatus, Integer> byStatus) {
        sprayerChart.getData().clear();
        for (Map.Entry<SprayerStatus, Integer> e : byStatus.entrySet()) {
            PieChart.Data d = new PieChart.Data(m.label(e.getKey()) + " (" + e.getValue() + ")", e.getValue());
            String colour = "-fx-pie-color: " + MapView.webColour(MapView.sprayerColour(e.getKey())) + ";";
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    node.setStyle(colour);
                }
            });
            sprayerChart.getData().add(d);
            if (d.getNode() != null) {
                d.getNode().setStyle(colour);
            }
        }
    }
}
