package se.markdna.ui.planning;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/** A bar chart of percentages with a dashed horizontal line at a threshold, labelled. */
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
