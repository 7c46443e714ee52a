package se.markdna.ui.planning;

import se.markdna.ui.common.BackgroundTask;
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

    private final javafx.beans.value.ChangeListener<Object> reload = (o, a, b) -> load();

    public MapViewModel(PlanningContext ctx) {
        this.ctx = ctx;
        ctx.revisionProperty().addListener(new javafx.beans.value.WeakChangeListener<>(reload));
        ctx.weightsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(reload));
    }

    private record Data(List<DistrictCoverage> districts, List<PropertySummary> properties,
            List<SprayerSummary> sprayers, List<RankedSite> sites) {
    }

    public void load() {
        var weights = ctx.weightsProperty().get();
        BackgroundTask.of(() -> new Data(ctx.services().planning().coverage(),
                ctx.services().register().propertySummaries(), ctx.services().sprayers().summaries(),
                ctx.services().planning().ranking(weights)))
                .busy(busy)
                .onSuccess(d -> {
                    var s = ctx.settings();
                    model.setData(d.districts(), d.properties(), d.sprayers(), d.sites(), s.coverageThreshold(),
                            LocalDate.now(ctx.services().clock()), s.warningHorizonDays());
                    if (!fitted) {
                        model.fit();
                        fitted = true;
                    }
                    loaded.set(loaded.get() + 1);
                })
                .start();
    }

    /**
     * Opens what a click hit: a site in the Platser tab, a property in the property register, a
     * sprayer in the sprayer list. Returns false for a district, which has no view of its own (the
     * map shows its figures in a card instead).
     */
    public boolean open(MapModel.Hit hit) {
        switch (hit.kind()) {
            case SITE -> ctx.openSite(hit.id());
            case PROPERTY -> ctx.openProperty(hit.id());
            case SPRAYER -> ctx.openSprayer(hit.id());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** What the map says about the thing under the pointer: a title and a line of figures. */
    public List<String> describe(MapModel.Hit hit) {
        var m = ctx.messages();
        var f = ctx.formats();
        switch (hit.kind()) {
            case SITE -> {
                RankedSite r = model.sites().get(hit.index());
                return List.of(r.site().name() + " · " + m.label(r.site().status()),
                        m.get("plan.map.hover.site", f.decimal(r.score().score(), 0), f.sek(r.cost().total()),
                                f.integer(r.site().dwellings())));
            }
            case PROPERTY -> {
                PropertySummary p = model.property(hit.id());
                return p == null ? List.of() : List.of(p.designation(), m.get("plan.map.popup.property",
                        f.integer(p.dwellings()), f.integer(p.kitsHandedOut()), f.percent(p.coverage())));
            }
            case SPRAYER -> {
                SprayerSummary s = model.sprayer(hit.id());
                if (s == null) {
                    return List.of();
                }
                var c = s.condition(LocalDate.now(ctx.services().clock()), ctx.settings().warningHorizonDays());
                return List.of(s.serial() + " · " + m.label(c.status()),
                        (s.designation() == null ? "" : s.designation())
                                + (s.location() == null ? "" : " · " + s.location()));
            }
            default -> {
                DistrictCoverage d = model.districts().get(hit.index());
                return List.of(d.name(), m.get("plan.map.popup.district", f.integer(d.households()),
                        f.integer(d.kitsHandedOut()), f.percent(d.coverageOrZero()), d.properties(), d.sprayers()));
            }
        }
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
