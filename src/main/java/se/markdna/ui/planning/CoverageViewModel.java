package se.markdna.ui.planning;

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

    public CoverageViewModel(PlanningContext ctx) {
        this.ctx = ctx;
        ctx.revisionProperty().addListener((o, a, b) -> load());
    }

    public void load() {
        busy.set(true);
        ctx.background().run(() -> ctx.services().planning().coverage(), list -> {
            rows.setAll(list);
            busy.set(false);
        }, e -> busy.set(false));
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
