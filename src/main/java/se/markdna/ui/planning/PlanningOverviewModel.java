package se.markdna.ui.planning;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.settings.Settings;
import se.markdna.domain.sprayer.DueState;
import se.markdna.domain.sprayer.SprayerCondition;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.ui.common.BackgroundTask;

/**
 * The start page's planning figures and chart data (marked properties, households reached,
 * municipality coverage, sprayers needing attention, candidates by status, approved budget; coverage
 * by district, kits per quarter, sprayers by status), computed off the FX thread in one go.
 */
public final class PlanningOverviewModel {

    /** Everything the overview shows. */
    public record Figures(int markedProperties, long householdsReached, long municipalityHouseholds,
            double municipalityCoverage, int markedDistricts, int districts, int activeSprayers, int overdue,
            int expired, int triggered, Map<SiteStatus, Integer> sitesByStatus, long approvedBudget,
            int approvedSites, List<DistrictCoverage> coverage, List<se.markdna.domain.planning.QuarterKits> kitsPerQuarter,
            Map<SprayerStatus, Integer> sprayersByStatus, double threshold) {

        public boolean empty() {
            return markedProperties == 0 && coverage.isEmpty() && sitesByStatus.values().stream()
                    .mapToInt(Integer::intValue).sum() == 0;
        }
    }

    private final PlanningContext ctx;
    private final ObjectProperty<Figures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final javafx.beans.value.ChangeListener<Number> reload = (o, a, b) -> load();

    public PlanningOverviewModel(PlanningContext ctx) {
        this.ctx = ctx;
        ctx.revisionProperty().addListener(new javafx.beans.value.WeakChangeListener<>(reload));
    }

    public void load() {
        var services = ctx.services();
        BackgroundTask.of(() -> compute(services.settings().current(), services.planning().coverage(),
                services.register().propertySummaries(), services.sprayers().summaries(),
                services.planning().ranking(null), services.planning().kitsPerQuarter(),
                LocalDate.now(services.clock())))
                .onSuccess(f -> {
                    figures.set(f);
                    loaded.set(true);
                })
                .start();
    }

    /** True once the figures have been read. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    static Figures compute(Settings s, List<DistrictCoverage> coverage, List<PropertySummary> properties,
            List<SprayerSummary> sprayers, List<RankedSite> sites, List<se.markdna.domain.planning.QuarterKits> quarters,
            LocalDate today) {
        int marked = 0;
        long reached = 0;
        for (PropertySummary p : properties) {
            if (p.kitsHandedOut() > 0) {
                marked++;
            }
            reached += p.kitsHandedOut();
        }
        long households = 0;
        long kits = 0;
        int markedDistricts = 0;
        for (DistrictCoverage d : coverage) {
            households += d.households();
            kits += d.kitsHandedOut();
            if (d.isMarked(s.coverageThreshold())) {
                markedDistricts++;
            }
        }
        int active = 0;
        int overdue = 0;
        int expired = 0;
        int triggered = 0;
        Map<SprayerStatus, Integer> byStatus = new EnumMap<>(SprayerStatus.class);
        for (SprayerSummary sp : sprayers) {
            SprayerCondition c = sp.condition(today, s.warningHorizonDays());
            byStatus.merge(c.status(), 1, Integer::sum);
            if (c.status() == SprayerStatus.REMOVED || c.status() == SprayerStatus.OUT_OF_SERVICE) {
                continue;
            }
            active++;
            if (c.serviceState() == DueState.OVERDUE) {
                overdue++;
            }
            if (c.cartridgeExpired()) {
                expired++;
            }
            if (c.triggered()) {
                triggered++;
            }
        }
        Map<SiteStatus, Integer> sitesByStatus = new EnumMap<>(SiteStatus.class);
        long budget = 0;
        int approved = 0;
        for (RankedSite r : sites) {
            sitesByStatus.merge(r.site().status(), 1, Integer::sum);
            if (r.site().status() == SiteStatus.APPROVED) {
                budget += r.cost().total();
                approved++;
            }
        }
        double municipality = households == 0 ? 0 : (double) kits / households;
        return new Figures(marked, reached, households, municipality, markedDistricts, coverage.size(), active,
                overdue, expired, triggered, sitesByStatus, budget, approved, coverage, quarters, byStatus,
                s.coverageThreshold());
    }

    public ObjectProperty<Figures> figuresProperty() {
        return figures;
    }
}
