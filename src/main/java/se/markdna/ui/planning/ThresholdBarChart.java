package se.markdna.ui.planning;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import se.markdna.domain.planning.DistrictCoverage;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * Coverage by district as bars of percentages, green at or above the threshold and orange below,
 * with a dashed, labelled line at the threshold. Used by the Täckning tab and the overview.
 */
final class ThresholdBarChart extends BarChart<String, Number> {

    private final Line line = new Line();
    private final Label label = new Label();
    private double threshold = Double.NaN;

    ThresholdBarChart(CategoryAxis x, NumberAxis y) {
        super(x, y);
        line.getStyleClass().add("plan-threshold-line");
        label.getStyleClass().add("plan-threshold-label");
        line.setManaged(false);
        label.setManaged(false);
        getPlotChildren().addAll(line, label);
    }

    /** Shows each district's coverage against the threshold (a share 0–1), with a tooltip per bar. */
    void showCoverage(List<DistrictCoverage> districts, double threshold, String thresholdText,
            Function<DistrictCoverage, String> tooltip) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        double highest = threshold * 100;
        for (DistrictCoverage d : districts) {
            highest = Math.max(highest, d.coverageOrZero() * 100);
            series.getData().add(new XYChart.Data<>(d.name(), d.coverageOrZero() * 100));
        }
        getData().setAll(List.of(series));
        // the bars exist only now, and BarChart resets their style classes when it creates them
        for (int i = 0; i < districts.size(); i++) {
            DistrictCoverage d = districts.get(i);
            Node bar = series.getData().get(i).getNode();
            if (bar != null) {
                bar.getStyleClass().add(d.isMarked(threshold) ? "plan-bar-marked" : "plan-bar-below");
                Tooltip.install(bar, new Tooltip(tooltip.apply(d)));
            }
        }
        scalePercentAxis((NumberAxis) getYAxis(), highest);
        setThreshold(threshold * 100, thresholdText);
    }

    /**
     * Fixes a percentage axis from 0 to a round value above both the highest bar and the
     * threshold, so the threshold line is always inside the chart.
     */
    static void scalePercentAxis(NumberAxis axis, double highest) {
        double upper = Math.max(5, Math.ceil(highest * 1.15 / 5) * 5);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(upper);
        axis.setTickUnit(upper <= 30 ? 5 : 10);
    }

    /** The threshold in the y axis' units (percent); NaN hides the line. */
    void setThreshold(double value, String text) {
        threshold = value;
        label.setText(text);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        boolean show = !Double.isNaN(threshold);
        line.setVisible(show);
        label.setVisible(show);
        if (!show) {
            return;
        }
        double y = getYAxis().getDisplayPosition(threshold);
        double w = getXAxis().getWidth();
        line.setStartX(0);
        line.setEndX(w);
        line.setStartY(y);
        line.setEndY(y);
        line.toFront();
        label.autosize();
        label.relocate(w - label.prefWidth(-1) - 4, y - label.prefHeight(-1) - 2);
        label.toFront();
    }
}
