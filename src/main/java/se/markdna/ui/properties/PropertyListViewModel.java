package se.markdna.ui.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.domain.EditConflictException;
import se.markdna.domain.Problem;
import se.markdna.domain.register.District;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.register.PropertySummary;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.service.BulkChange;
import se.markdna.service.DeletedProperty;
import se.markdna.service.RegisterService;
import se.markdna.service.ValidationException;

/**
 * The property table: rows loaded in one query off the JavaFX thread, a search over precomputed
 * text, column-value filters, sorting on precomputed keys, bulk edits, deletion and undo. Holds no
 * Nodes; the view binds to it.
 */
public final class PropertyListViewModel {

    /** One sort criterion, as the table's sort order gives it. */
    public record Sort(PropertyRow.Column column, boolean ascending) {
    }

    /** What deleting a property takes with it, for the confirmation. */
    public record DeletePreview(Property property, int kitDistributions, int sprayers) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PropertyListViewModel.class);

    private final AppServices services;
    private final RegisterService register;
    private final Messages messages;
    private final BackgroundRunner runner;

    /** Every row, in load order. */
    private final ObservableList<PropertyRow> rows = FXCollections.observableArrayList();
    /**
     * What the table shows: the rows in sort order that pass the filters, replaced with one
     * {@code setAll} per sort or filter. (A FilteredList under a SortedList re-inserted every row
     * one by one with a binary search and an array copy on each filter change: 0.2–0.6 s at
     * 100,000 rows.)
     */
    private final ObservableList<PropertyRow> shown = FXCollections.observableArrayList();
    /** All rows in the current sort order; the filter scans this array. */
    private PropertyRow[] ordered = new PropertyRow[0];
    private Comparator<PropertyRow> comparator;
    /** Set while the view model itself replaces {@link #rows} together with {@link #ordered}. */
    private boolean ownRowsChange;
    /** Wraps each replacement of {@link #shown}, so that the view can keep its selection across it. */
    private Consumer<Runnable> shownReplacer = Runnable::run;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableSet<Long> districtFilter = FXCollections.observableSet();
    private final ObservableSet<Long> organisationFilter = FXCollections.observableSet();
    private final ObservableSet<PropertyStatus> statusFilter = FXCollections.observableSet();
    private final ObservableSet<String> phaseFilter = FXCollections.observableSet();

    private final ObservableList<District> districts = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ObservableList<String> phases = FXCollections.observableArrayList();

    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final StringProperty notice = new SimpleStringProperty();
    private final BooleanProperty noticeIsError = new SimpleBooleanProperty();
    private final ObjectProperty<List<Sort>> sortOrder = new SimpleObjectProperty<>(List.of());
    private final UndoHistory undo = new UndoHistory();
    private final StringBinding countText;
    private final javafx.beans.binding.BooleanBinding busy;
    private final PropertyFormModel form;
    private SortRanks ranks;
    private final RecentSearches recentSearches = new RecentSearches();
    private long rankGeneration;
    private boolean loading;
    private long loadStartedAt;
    private boolean reloadQueued;
    private final List<Runnable> afterLoad = new ArrayList<>();
    private final List<Runnable> afterReload = new ArrayList<>();
    private long lastFilterNanos;
    private long lastSortNanos;

    /** For the application: database work through {@link se.markdna.ui.common.BackgroundTask}. */
    public PropertyListViewModel(AppServices services, Messages messages) {
        this(services, messages, BackgroundRunner.backgroundTask());
    }

    public PropertyListViewModel(AppServices services, Messages messages, BackgroundRunner runner) {
        this.services = services;
        this.register = services.register();
        this.messages = messages;
        this.runner = runner;
        search.addListener((o, a, b) -> refilter());
        SetChangeListener<Object> onFilter = c -> refilter();
        districtFilter.addListener(onFilter);
        organisationFilter.addListener(onFilter);
        statusFilter.addListener(onFilter);
        phaseFilter.addListener(onFilter);
        countText = Bindings.createStringBinding(
                () -> messages.get("props.count", shown.size(), rows.size()), shown, rows);
        // rows changed from outside the view model's own loads (tests, future callers): re-sort and filter
        rows.addListener((ListChangeListener<PropertyRow>) c -> {
            if (!ownRowsChange) {
                reorder(rows);
            }
        });
        sort(List.of(new Sort(PropertyRow.Column.DESIGNATION, true)));
        busy = running.greaterThan(0);
        form = new PropertyFormModel(this);
    }

    // ---- loading -------------------------------------------------------------------------------

    private record Snapshot(List<PropertyRow> rows, PropertyRow[] ordered, Comparator<PropertyRow> orderedBy,
            List<String> phases, List<District> districts, List<Organisation> organisations) {
    }

    /** Loads every row, the districts and the organisations with one call off the JavaFX thread. */
    public void load() {
        load(null);
    }

    /**
     * As {@link #load()}; {@code then} runs on the JavaFX thread once the rows are in place.
     * <p>
     * One load at a time: a request while one is under way joins it when this process has written
     * nothing since it began, and otherwise one more load follows it. (Opening the register during
     * start-up used to read all rows three times at once, from the scene, the navigation's refresh
     * and the first load, each slowing the others down.)
     */
    public void load(Runnable then) {
        if (loading) {
            if (!reloadQueued && services.changeCount() == loadStartedAt) {
                addCallback(afterLoad, then);
            } else {
                reloadQueued = true;
                addCallback(afterReload, then);
            }
            return;
        }
        addCallback(afterLoad, then);
        startLoad();
    }

    private static void addCallback(List<Runnable> to, Runnable then) {
        if (then != null) {
            to.add(then);
        }
    }

    private void startLoad() {
        loading = true;
        loadStartedAt = services.changeCount();
        Comparator<PropertyRow> by = comparator;
        run(() -> {
            List<PropertySummary> summaries = register.propertySummaries();
            List<PropertyRow> mapped = new ArrayList<>(summaries.size());
            for (PropertySummary s : summaries) {
                mapped.add(PropertyRow.of(s, messages));
            }
            // sorted here, off the JavaFX thread, in the order the table has now
            PropertyRow[] sortedRows = mapped.toArray(new PropertyRow[0]);
            Arrays.parallelSort(sortedRows, by);
            return new Snapshot(mapped, sortedRows, by, distinctPhases(mapped), register.districts(),
                    register.organisations());
        }, snap -> {
            setLookups(snap.districts(), snap.organisations());
            ownRowsChange = true;
            try {
                rows.setAll(snap.rows());
            } finally {
                ownRowsChange = false;
            }
            ordered = snap.ordered();
            rankRows();
            if (snap.orderedBy() != comparator) {
                // the user sorted while the rows were loading
                Arrays.parallelSort(ordered, comparator);
            }
            refilter();
            if (!snap.phases().equals(phases)) {
                phases.setAll(snap.phases());
            }
            loaded.set(true);
            loadFinished(true);
        }, e -> {
            loadFinished(false);
            fail(e);
        });
    }

    /**
     * Starts the queued load if one was asked for, then runs the callbacks of the load that ended
     * (only when it succeeded: they expect the rows in place).
     */
    private void loadFinished(boolean succeeded) {
        List<Runnable> done = succeeded ? List.copyOf(afterLoad) : List.of();
        afterLoad.clear();
        loading = false;
        if (reloadQueued) {
            reloadQueued = false;
            afterLoad.addAll(afterReload);
            afterReload.clear();
            startLoad();
        }
        done.forEach(Runnable::run);
    }

    /** Reloads districts and organisations (after they were edited elsewhere). */
    public void reloadLookups() {
        run(() -> new Snapshot(List.of(), null, null, List.of(), register.districts(), register.organisations()),
                snap -> setLookups(snap.districts(), snap.organisations()));
    }

    void setLookups(List<District> ds, List<Organisation> os) {
        List<District> d = new ArrayList<>(ds);
        d.sort(Comparator.comparing(x -> PropertyRow.key(x.name()), Comparator.nullsLast(Comparator.naturalOrder())));
        List<Organisation> o = new ArrayList<>(os);
        o.sort(Comparator.comparing(x -> PropertyRow.key(x.name()), Comparator.nullsLast(Comparator.naturalOrder())));
        districts.setAll(d);
        organisations.setAll(o);
    }

    private static List<String> distinctPhases(List<PropertyRow> all) {
        // distinct first (a handful of values), then sorted: a TreeSet with this comparator computed
        // two sort keys per comparison, millions at 100,000 rows
        Set<String> distinct = new HashSet<>();
        for (PropertyRow r : all) {
            String p = r.summary().programmePhase();
            if (p != null && !p.isBlank()) {
                distinct.add(p);
            }
        }
        Set<String> s = new TreeSet<>(Comparator.comparing(PropertyRow::key));
        s.addAll(distinct);
        return new ArrayList<>(s);
    }

    /** Fetches the given rows again and puts them in place; rows that no longer exist go away. */
    public void refreshRows(Collection<Long> ids) {
        refreshRows(ids, null);
    }

    void refreshRows(Collection<Long> ids, Runnable then) {
        List<Long> list = List.copyOf(new LinkedHashSet<>(ids));
        run(() -> {
            Map<Long, PropertyRow> fresh = new HashMap<>();
            for (long id : list) {
                PropertySummary s = register.propertySummary(id);
                fresh.put(id, s == null ? null : PropertyRow.of(s, messages));
            }
            return fresh;
        }, fresh -> {
            applyRows(fresh);
            if (then != null) {
                then.run();
            }
        });
    }

    private void applyRows(Map<Long, PropertyRow> fresh) {
        Map<Long, PropertyRow> pending = new HashMap<>(fresh);
        // one new list and one setAll: a change event per row re-sorted the table once per row
        List<PropertyRow> next = new ArrayList<>(rows.size() + pending.size());
        for (PropertyRow row : rows) {
            if (pending.containsKey(row.id())) {
                PropertyRow r = pending.remove(row.id());
                if (r != null) {
                    next.add(r);
                }
            } else {
                next.add(row);
            }
        }
        for (PropertyRow r : pending.values()) {
            if (r != null) {
                next.add(r);
            }
        }
        rows.setAll(next);
        List<String> p = distinctPhases(rows);
        if (!p.equals(phases)) {
            phases.setAll(p);
        }
    }

    // ---- filtering and sorting -----------------------------------------------------------------

    /**
     * Puts all rows in sort order again after {@link #rows} changed: the previous order with the
     * rows that are gone left out and the new ones appended, so the stable merge sort mostly finds
     * runs that are already in order.
     */
    private void reorder(List<PropertyRow> all) {
        Set<PropertyRow> present = Collections.newSetFromMap(new IdentityHashMap<>(all.size() * 2));
        present.addAll(all);
        List<PropertyRow> next = new ArrayList<>(all.size());
        for (PropertyRow r : ordered) {
            if (present.remove(r)) {
                next.add(r);
            }
        }
        for (PropertyRow r : all) {
            if (present.contains(r)) {
                next.add(r);
            }
        }
        ordered = next.toArray(new PropertyRow[0]);
        rankRows();
        Arrays.parallelSort(ordered, comparator);
        refilter();
    }

    /**
     * Drops the sort ranks of the previous rows and computes those of the current ones in the
     * background; until they are in, sorting compares rows.
     */
    private void rankRows() {
        ranks = null;
        long generation = ++rankGeneration;
        PropertyRow[] all = ordered.clone();
        runner.run(() -> SortRanks.of(all), r -> {
            if (generation == rankGeneration) {
                ranks = r;
            }
        }, e -> LOG.warn("Sort ranks not computed; sorting compares rows", e));
    }

    /**
     * Scans the sorted rows once with the current filters and shows the result with one setAll.
     * A search that only adds letters to a recent one scans that one's result (see {@link RecentSearches}).
     */
    private void refilter() {
        long t0 = System.nanoTime();
        Predicate<PropertyRow> p = predicate();
        List<PropertyRow> next;
        if (p == ALL) {
            next = Arrays.asList(ordered);
        } else {
            String text = normalizedSearch();
            List<Object> columnFilters = List.of(Set.copyOf(districtFilter), Set.copyOf(organisationFilter),
                    Set.copyOf(statusFilter), Set.copyOf(phaseFilter));
            next = recentSearches.result(ordered, columnFilters, text);
            if (next == null) {
                List<PropertyRow> narrower = recentSearches.narrowing(ordered, columnFilters, text);
                Iterable<PropertyRow> candidates = narrower != null ? narrower : Arrays.asList(ordered);
                List<PropertyRow> found = new ArrayList<>();
                for (PropertyRow r : candidates) {
                    if (p.test(r)) {
                        found.add(r);
                    }
                }
                next = found;
                recentSearches.remember(ordered, columnFilters, text, found);
            }
        }
        List<PropertyRow> result = next;
        shownReplacer.accept(() -> shown.setAll(result));
        lastFilterNanos = System.nanoTime() - t0;
    }

    private String normalizedSearch() {
        return search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    }

    private static final Predicate<PropertyRow> ALL = r -> true;

    /**
     * Lets the view wrap every replacement of the shown rows (it keeps the table's selection across
     * it, as a sorted list's permutation did).
     */
    void setShownReplacer(Consumer<Runnable> replacer) {
        this.shownReplacer = replacer;
    }

    /** The row filter: every search word in the row's precomputed text, and every column filter. */
    Predicate<PropertyRow> predicate() {
        String text = normalizedSearch();
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        Set<Long> ds = Set.copyOf(districtFilter);
        Set<Long> os = Set.copyOf(organisationFilter);
        Set<PropertyStatus> ss = Set.copyOf(statusFilter);
        Set<String> ps = Set.copyOf(phaseFilter);
        if (words.length == 0 && ds.isEmpty() && os.isEmpty() && ss.isEmpty() && ps.isEmpty()) {
            return ALL;
        }
        return r -> {
            PropertySummary s = r.summary();
            if (!ds.isEmpty() && !ds.contains(s.districtId())) {
                return false;
            }
            if (!os.isEmpty() && !os.contains(s.organisationId())) {
                return false;
            }
            if (!ss.isEmpty() && !ss.contains(s.status())) {
                return false;
            }
            if (!ps.isEmpty() && !ps.contains(s.programmePhase())) {
                return false;
            }
            String hay = r.searchText();
            for (String w : words) {
                if (!hay.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Sorts the table on precomputed keys; an empty order falls back to designation. */
    public void sort(List<Sort> order) {
        long t0 = System.nanoTime();
        Comparator<PropertyRow> c = null;
        for (Sort s : order) {
            Comparator<PropertyRow> next = s.column().comparator(s.ascending());
            c = c == null ? next : c.thenComparing(next);
        }
        Comparator<PropertyRow> tie = PropertyRow.Column.DESIGNATION.comparator(true);
        comparator = c == null ? tie : c.thenComparing(tie);
        // all rows, not only the shown ones, so that a later filter change needs no sorting
        Sort single = order.isEmpty() ? new Sort(PropertyRow.Column.DESIGNATION, true)
                : order.size() == 1 ? order.get(0) : null;
        if (single != null && ranks != null) {
            ordered = ranks.sorted(single.column(), single.ascending());
        } else {
            // several columns, or the ranks of these rows are still being computed; a new array,
            // as the recent search results belong to the old order
            ordered = ordered.clone();
            Arrays.parallelSort(ordered, comparator);
        }
        refilter();
        sortOrder.set(List.copyOf(order));
        lastSortNanos = System.nanoTime() - t0;
    }

    /** True when a search text or any column filter narrows the table. */
    public boolean isFiltered() {
        return !search.get().isBlank() || !districtFilter.isEmpty() || !organisationFilter.isEmpty()
                || !statusFilter.isEmpty() || !phaseFilter.isEmpty();
    }

    /**
     * The active search and filters in words, e.g. {@code Sök: "dalby" · Status: Aktiv}; empty when
     * the table shows everything. For the About sheet of an export of the rows shown.
     */
    public String filterDescription() {
        List<String> parts = new ArrayList<>();
        if (!search.get().isBlank()) {
            parts.add(messages.get("props.filterText.search", search.get().strip()));
        }
        addNames(parts, "props.filter.district", districts, districtFilter, d -> d.meta().id(), District::name);
        addNames(parts, "props.filter.organisation", organisations, organisationFilter, o -> o.meta().id(),
                Organisation::name);
        addNames(parts, "props.filter.status", List.of(PropertyStatus.values()), statusFilter, st -> st,
                messages::label);
        addNames(parts, "props.filter.phase", phases, phaseFilter, p -> p, p -> p);
        return String.join(" · ", parts);
    }

    private <T, K> void addNames(List<String> parts, String titleKey, List<T> all, Set<K> chosen,
            java.util.function.Function<T, K> key, java.util.function.Function<T, String> name) {
        if (chosen.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (T t : all) {
            if (chosen.contains(key.apply(t))) {
                names.add(name.apply(t));
            }
        }
        parts.add(messages.get(titleKey) + ": " + String.join(", ", names));
    }

    /** The ids of the rows the table shows, in its filter and sort order. */
    public List<Long> shownIds() {
        List<Long> ids = new ArrayList<>(shown.size());
        for (PropertyRow r : shown) {
            ids.add(r.id());
        }
        return ids;
    }

    public void clearFilters() {
        search.set("");
        districtFilter.clear();
        organisationFilter.clear();
        statusFilter.clear();
        phaseFilter.clear();
    }

    // ---- bulk edit, delete, undo ---------------------------------------------------------------

    /** Applies one change to all the given properties in one transaction; undo puts them all back. */
    public void bulkEdit(List<Long> ids, BulkChange change, Runnable then) {
        if (ids.isEmpty() || change.isEmpty()) {
            return;
        }
        List<Long> copy = List.copyOf(ids);
        run(() -> register.bulkEdit(copy, change), before -> {
            String what = messages.get("props.undo.bulk", before.size());
            undo.push(UndoHistory.Change.of(what, () -> {
                register.revertAll(before);
                return copy;
            }));
            refreshRows(copy, () -> {
                notice(messages.get("props.notice.bulkDone", before.size()), false);
                if (then != null) {
                    then.run();
                }
            });
        });
    }

    /** Reads what a deletion would take with it (off the JavaFX thread). */
    public void prepareDelete(long id, Consumer<DeletePreview> then) {
        run(() -> {
            Property p = register.property(id).orElseThrow(() -> new EditConflictException("property", id, -1));
            int kits = register.kitDistributions(id).size();
            int sprayers = services.sprayers().byProperty(id).size();
            return new DeletePreview(p, kits, sprayers);
        }, then);
    }

    /** The confirmation's question, naming the property. */
    public String deleteHeader(DeletePreview preview) {
        return messages.get("props.delete.header", preview.property().designation());
    }

    /** The confirmation's text: what goes with the property. */
    public String deleteQuestion(DeletePreview preview) {
        return messages.get("props.delete.question", preview.property().designation(), preview.kitDistributions(),
                preview.sprayers());
    }

    public void delete(DeletePreview preview, Runnable then) {
        run(() -> register.deleteProperty(preview.property()), deleted -> {
            pushDeleteUndo(deleted);
            long id = deleted.property().meta().id();
            rows.removeIf(r -> r.id() == id);
            notice(messages.get("props.notice.deleted", deleted.property().designation()), false);
            if (then != null) {
                then.run();
            }
        });
    }

    private void pushDeleteUndo(DeletedProperty deleted) {
        String what = messages.get("props.undo.delete", deleted.property().designation());
        undo.push(UndoHistory.Change.of(what, () -> {
            register.restore(deleted);
            return List.of(deleted.property().meta().id());
        }));
    }

    /** Records an edit made in the form so that Ctrl+Z can put the earlier values back. */
    void pushEditUndo(Property before, Property after) {
        String what = messages.get("props.undo.edit", after.designation());
        undo.push(UndoHistory.Change.of(what, () -> {
            register.revert(before, after.meta().version());
            return List.of(before.meta().id());
        }));
    }

    /** Takes back the newest change; afterwards {@code then} runs with the ids it touched. */
    public void undo(Consumer<Collection<Long>> then) {
        UndoHistory.Change c = undo.pop();
        if (c == null) {
            return;
        }
        run(c::undo, ids -> refreshRows(ids, () -> {
            notice(messages.get("props.notice.undone", c.description()), false);
            if (then != null) {
                then.accept(ids);
            }
        }), e -> {
            // it could not be taken back (someone changed the record since): say so, keep nothing half-done
            fail(e);
        });
    }

    public void undo() {
        undo(null);
    }

    // ---- plumbing ------------------------------------------------------------------------------

    <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, this::fail);
    }

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        runner.run(work, v -> {
            running.set(running.get() - 1);
            onSuccess.accept(v);
        }, e -> {
            running.set(running.get() - 1);
            onFailure.accept(e);
        });
    }

    void fail(Throwable e) {
        notice(describe(e), true);
    }

    String describe(Throwable e) {
        if (e instanceof ValidationException v) {
            StringBuilder b = new StringBuilder();
            for (Problem p : v.problems()) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(messages.problem(p));
            }
            return b.toString();
        }
        if (e instanceof EditConflictException) {
            return messages.get("props.error.conflict");
        }
        return messages.get("props.error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
    }

    void notice(String text, boolean error) {
        noticeIsError.set(error);
        notice.set(null);
        notice.set(text);
    }

    public Messages messages() {
        return messages;
    }

    public AppServices services() {
        return services;
    }

    BackgroundRunner runner() {
        return runner;
    }

    public ObservableList<PropertyRow> rows() {
        return rows;
    }

    /** The rows that pass the filters (the same list as {@link #items()}). */
    public ObservableList<PropertyRow> filtered() {
        return shown;
    }

    /** The rows the table shows, filtered and in sort order. */
    public ObservableList<PropertyRow> items() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableSet<Long> districtFilter() {
        return districtFilter;
    }

    public ObservableSet<Long> organisationFilter() {
        return organisationFilter;
    }

    public ObservableSet<PropertyStatus> statusFilter() {
        return statusFilter;
    }

    public ObservableSet<String> phaseFilter() {
        return phaseFilter;
    }

    public ObservableList<District> districts() {
        return districts;
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public ObservableList<String> phases() {
        return phases;
    }

    public StringBinding countText() {
        return countText;
    }

    public javafx.beans.binding.BooleanBinding busy() {
        return busy;
    }

    public PropertyFormModel form() {
        return form;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty noticeIsErrorProperty() {
        return noticeIsError;
    }

    public ObjectProperty<List<Sort>> sortOrderProperty() {
        return sortOrder;
    }

    public UndoHistory undoHistory() {
        return undo;
    }

    long lastFilterNanos() {
        return lastFilterNanos;
    }

    long lastSortNanos() {
        return lastSortNanos;
    }
}
