package se.markdna.ui.planning;

import se.markdna.ui.common.ErrorHandler;
import se.markdna.ui.common.BackgroundTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.markdna.domain.planning.BudgetPlanner;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.settings.ScoreWeights;

/**
 * The budget plan: a budget in SEK, the plannable sites (proposed, under review, approved) with
 * the ones the planner chose, the user's pins, the totals, and each district's coverage before
 * and after the chosen sites' planned kits. Approving the plan makes every chosen site approved.
 */
public final class BudgetViewModel {

    /** A user's pin on a site: the planner must take it, must leave it, or decides. */
    public enum Pin { NONE, IN, OUT }

    /** One plannable site in the plan table. */
    public record Row(RankedSite ranked, boolean chosen, Pin pin) {
    }

    /** One district's coverage before and after the plan. */
    public record DistrictChange(String district, int households, double before, double after, long addedKits) {
    }

    /** The totals of a plan. */
    public record Summary(long budget, long totalCost, long remaining, double totalScore, int sites,
            long households, long kits, boolean feasible) {
    }

    private final PlanningContext ctx;
    private final StringProperty budgetText = new SimpleStringProperty("");
    private final StringProperty budgetError = new SimpleStringProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<DistrictChange> districts = FXCollections.observableArrayList();
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty();
    private final Set<Long> pinnedIn = new HashSet<>();
    private final Set<Long> pinnedOut = new HashSet<>();
    private List<Long> chosen = List.of();
    private String noticeAfterPlan;

    public BudgetViewModel(PlanningContext ctx) {
        this.ctx = ctx;
        budgetText.addListener((o, a, b) -> budgetError.set(budget() == null && !b.isBlank()
                ? ctx.messages().get("plan.budget.invalid") : null));
    }

    public Long budget() {
        Long v = PlanningFormats.parseLong(budgetText.get());
        return v == null || v < 0 ? null : v;
    }

    /** Computes the plan for the budget and pins (off the FX thread). */
    public void plan() {
        Long budget = budget();
        if (budget == null) {
            budgetError.set(ctx.messages().get("plan.budget.invalid"));
            return;
        }
        busy.set(true);
        ScoreWeights w = ctx.weightsProperty().get();
        Set<Long> in = Set.copyOf(pinnedIn);
        Set<Long> out = Set.copyOf(pinnedOut);
        BackgroundTask.of(() -> {
            var planning = ctx.services().planning();
            return new Result(planning.ranking(w), planning.coverage(), planning.plan(budget, w, in, out));
        }).onSuccess(this::show).onFailure(e -> {
            busy.set(false);
            message.set(ctx.messages().get("plan.error.load", ErrorHandler.shortMessage(e)));
        }).start();
    }

    private record Result(List<RankedSite> ranking, List<DistrictCoverage> coverage, BudgetPlanner.Plan plan) {
    }

    private void show(Result r) {
        busy.set(false);
        Set<Long> picked = new HashSet<>(r.plan().chosen());
        chosen = List.copyOf(r.plan().chosen());
        List<Row> list = new ArrayList<>();
        long households = 0;
        long kits = 0;
        Map<Long, Long> kitsByDistrict = new HashMap<>();
        for (RankedSite s : r.ranking()) {
            if (!s.site().status().isPlannable()) {
                continue;
            }
            long id = s.site().id();
            boolean isChosen = picked.contains(id);
            list.add(new Row(s, isChosen, pinnedIn.contains(id) ? Pin.IN : pinnedOut.contains(id) ? Pin.OUT : Pin.NONE));
            if (isChosen) {
                households += s.site().dwellings();
                kits += s.site().plannedKits();
                if (s.site().districtId() != null) {
                    kitsByDistrict.merge(s.site().districtId(), (long) s.site().plannedKits(), Long::sum);
                }
            }
        }
        list.sort((a, b) -> a.chosen() == b.chosen()
                ? Double.compare(b.ranked().score().score(), a.ranked().score().score()) : a.chosen() ? -1 : 1);
        rows.setAll(list);
        List<DistrictChange> changes = new ArrayList<>();
        for (DistrictCoverage d : r.coverage()) {
            long added = kitsByDistrict.getOrDefault(d.districtId(), 0L);
            if (added > 0) {
                changes.add(new DistrictChange(d.name(), d.households(), d.coverageOrZero(), d.coverageWith(added),
                        added));
            }
        }
        changes.sort((a, b) -> Double.compare(b.after() - b.before(), a.after() - a.before()));
        districts.setAll(changes);
        BudgetPlanner.Plan p = r.plan();
        summary.set(new Summary(p.budget(), p.totalCost(), p.remaining(), p.totalScore(), p.chosen().size(),
                households, kits, p.feasible()));
        message.set(p.feasible() ? noticeAfterPlan : ctx.messages().get("plan.budget.infeasible"));
        noticeAfterPlan = null;
    }

    /** Sets a site's pin and plans again. */
    public void pin(long siteId, Pin pin) {
        pinnedIn.remove(siteId);
        pinnedOut.remove(siteId);
        if (pin == Pin.IN) {
            pinnedIn.add(siteId);
        } else if (pin == Pin.OUT) {
            pinnedOut.add(siteId);
        }
        plan();
    }

    public void clearPins() {
        pinnedIn.clear();
        pinnedOut.clear();
        plan();
    }

    /** Approves every chosen site in one transaction. */
    public void approve() {
        List<Long> ids = chosen;
        if (ids.isEmpty()) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> ctx.services().planning().approve(ids)).onSuccess(n -> {
            busy.set(false);
            noticeAfterPlan = ctx.messages().get("plan.budget.approved", n);
            ctx.changed();
            plan();
        }).onFailure(e -> {
            busy.set(false);
            message.set(ctx.messages().get("plan.error.save", ErrorHandler.shortMessage(e)));
        }).start();
    }

    /** How many of the chosen sites are not approved yet (what approving would change). */
    public long toApprove() {
        return rows.stream().filter(r -> r.chosen() && r.ranked().site().status() != SiteStatus.APPROVED).count();
    }

    public List<Long> chosen() {
        return chosen;
    }

    public StringProperty budgetTextProperty() {
        return budgetText;
    }

    public StringProperty budgetErrorProperty() {
        return budgetError;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<DistrictChange> districts() {
        return districts;
    }

    public ObjectProperty<Summary> summaryProperty() {
        return summary;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
