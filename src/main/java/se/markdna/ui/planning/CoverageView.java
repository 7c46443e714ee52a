package se.markdna.ui.planning;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.i18n.Messages;

/** "Täckning": per district households, kits handed out, coverage against the threshold, as a table and a bar chart. */
public final class CoverageView extends BorderPane {

    private final CoverageViewModel vm;
    private final Messages m;
    private final PlanningFormats fmt;
    private final PlanningContext ctx;
    private final ThresholdBarChart chart;
    private final Label summary = new Label();
    private final javafx.beans.value.ChangeListener<Object> settingsChanged;

    public CoverageView(PlanningContext ctx, CoverageViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        this.m = ctx.messages();
        this.fmt = ctx.formats();
        setId("plan-coverage");
        getStyleClass().add("plan-view");

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(m.get("plan.coverage.axis"));
        y.setForceZeroInRange(true);
        chart = new ThresholdBarChart(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setTitle(m.get("plan.coverage.chartTitle"));
        chart.setId("plan-coverage-chart");

        TableView<DistrictCoverage> table = table();
        Label title = new Label(m.get("plan.coverage.title"));
        title.getStyleClass().add("title-3");
        summary.getStyleClass().add("plan-muted");
        VBox top = new VBox(4, title, summary);
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox root = new VBox(8, top, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        setCenter(root);
        vm.rows().addListener((ListChangeListener<DistrictCoverage>) c -> refreshChart());
        settingsChanged = (o, a, b) -> {
            refreshChart();
            table.refresh();
        };
        // a new threshold moves the line and re-colours the bars; weak, as the context outlives this view
        ctx.settingsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(settingsChanged));
    }

    private void refreshChart() {
        double t = vm.threshold();
        chart.showCoverage(vm.rows(), t, m.get("plan.coverage.threshold", fmt.percent(t)),
                d -> d.name() + ": " + fmt.percent(d.coverageOrZero()));
        summary.setText(m.get("plan.coverage.summary", vm.marked(), vm.rows().size(), fmt.percent(t)));
    }

    private TableView<DistrictCoverage> table() {
        TableView<DistrictCoverage> t = new TableView<>(vm.rows());
        t.setId("plan-coverage-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<DistrictCoverage, String> name = col(m.get("plan.col.district"), DistrictCoverage::name);
        TableColumn<DistrictCoverage, Number> households = num(m.get("plan.col.households"),
                DistrictCoverage::households);
        TableColumn<DistrictCoverage, Number> kits = num(m.get("plan.col.kits"), DistrictCoverage::kitsHandedOut);
        TableColumn<DistrictCoverage, Number> coverage = new TableColumn<>(m.get("plan.col.coverage"));
        coverage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().coverageOrZero()));
        coverage.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("plan-cell-marked", "plan-cell-below");
                if (empty || v == null) {
                    setText(null);
                    return;
                }
                DistrictCoverage d = getTableRow() == null ? null : getTableRow().getItem();
                setText(d == null ? fmt.percent(v.doubleValue()) : fmt.percent(d.coverage()));
                getStyleClass().add(v.doubleValue() >= vm.threshold() ? "plan-cell-marked" : "plan-cell-below");
            }
        });
        coverage.getStyleClass().add("plan-num");
        TableColumn<DistrictCoverage, String> marked = col(m.get("plan.col.marked"),
                d -> d.isMarked(vm.threshold()) ? m.get("plan.yes") : m.get("plan.no"));
        TableColumn<DistrictCoverage, Number> props = num(m.get("plan.col.properties"), DistrictCoverage::properties);
        TableColumn<DistrictCoverage, Number> sprayers = num(m.get("plan.col.sprayers"), DistrictCoverage::sprayers);
        t.getColumns().setAll(java.util.List.of(name, households, kits, coverage, marked, props, sprayers));
        return t;
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }

    private <T> TableColumn<T, Number> num(String title, Function<T, Number> f) {
        TableColumn<T, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : fmt.integer(v.longValue()));
            }
        });
        c.getStyleClass().add("plan-num");
        return c;
    }
}
