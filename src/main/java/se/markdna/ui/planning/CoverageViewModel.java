package se.markdna.ui.planning;

import se.markdna.ui.common.BackgroundTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.markdna.domain.planning.DistrictCoverage;

/** Coverage per district (households, kits handed out, coverage against the threshold, what is installed). */
public final class CoverageViewModel {

    private final PlanningContext ctx;
    private final ObservableList<DistrictCoverage> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final javafx.beans.value.ChangeListener<Number> reload = (o, a, b) -> load();

    public CoverageViewModel(PlanningContext ctx) {
        this.ctx = ctx;
        ctx.revisionProperty().addListener(new javafx.beans.value.WeakChangeListener<>(reload));
    }

    public void load() {
        BackgroundTask.of(() -> ctx.services().planning().coverage())
                .busy(busy)
                .onSuccess(rows::setAll)
                .start();
    }

    public ObservableList<DistrictCoverage> rows() {
        return rows;
    }

    public double threshold() {
        return ctx.settings().coverageThreshold();
    }

    /** Districts at or above the threshold. */
    public long marked() {
        return rows.stream().filter(d -> d.isMarked(threshold())).count();
    }

    public BooleanProperty busy() {
        return busy;
    }
}
