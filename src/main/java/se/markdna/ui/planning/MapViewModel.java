package se.markdna.ui.planning;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.sprayer.SprayerSummary;

/** Loads what the map shows (off the FX thread) into its {@link MapModel}; {@link #loadedProperty} counts loads. */
public final class MapViewModel {

    private final PlanningContext ctx;
    private final MapModel model = new MapModel();
    private final IntegerProperty loaded = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private boolean fitted;

    public MapViewModel(PlanningContext ctx) {
        this.ctx = ctx;
        ctx.revisionProperty().addListener((o, a, b) -> load());
        ctx.weightsProperty().addListener((o, a, b) -> load());
    }

    private record Data(List<DistrictCoverage> districts, List<PropertySummary> properties,
            List<SprayerSummary> sprayers, List<RankedSite> sites) {
    }

    public void load() {
        busy.set(true);
        var weights = ctx.weightsProperty().get();
        ctx.background().run(() -> new Data(ctx.services().planning().coverage(),
                ctx.services().register().propertySummaries(), ctx.services().sprayers().summaries(),
                ctx.services().planning().ranking(weights)), d -> {
                    var s = ctx.settings();
                    model.setData(d.districts(), d.properties(), d.sprayers(), d.sites(), s.coverageThreshold(),
                            LocalDate.now(ctx.services().clock()), s.warningHorizonDays());
                    if (!fitted) {
                        model.fit();
                        fitted = true;
                    }
                    busy.set(false);
                    loaded.set(loaded.get() + 1);
                }, e -> busy.set(false));
    }

    /** Fits the view to the data again (after the first layout gave the map its real size). */
    public void refit() {
        model.fit();
    }

    public MapModel model() {
        return model;
    }

    public IntegerProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public PlanningContext context() {
        return ctx;
    }
}
