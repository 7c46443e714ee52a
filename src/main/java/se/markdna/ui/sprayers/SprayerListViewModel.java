package se.markdna.ui.sprayers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.markdna.domain.EditConflictException;
import se.markdna.domain.Labelled;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.service.AppServices;
import se.markdna.service.SprayerService;
import se.markdna.service.ValidationException;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.ErrorHandler;

/**
 * State of the sprayer table: the rows, search, quick and column filters, sorting on precomputed
 * keys, the events recorded from the table, and undo. Holds no Nodes.
 *
 * <p>Every database job is split in two: the work (plain Java, run off the JavaFX thread through
 * {@link BackgroundTask}) and what its result does to the state (run on the JavaFX thread). The
 * {@code ...Now} methods run both on the calling thread, so tests need no toolkit.
 */
public final class SprayerListViewModel {

    /** A message for the user: what just happened, or what went wrong. */
    public record Notice(String text, boolean error) {
    }

    private final AppServices services;
    private final Texts texts;
    private final UndoStack undo = new UndoStack();

    private final ObservableList<SprayerRow> source = FXCollections.observableArrayList();
    /**
     * What the table shows: the rows that pass the filters, in the table's sort order, replaced
     * with one {@code setAll} whenever either changes. A FilteredList under a SortedList does the
     * same work row by row (a new search re-inserts every passing row into the sorted list one at
     * a time), which at 100,000 rows costs far more than filtering an array that is already in
     * order.
     */
    private final ObservableList<SprayerRow> shown = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparator<SprayerRow>> comparator = new ReadOnlyObjectWrapper<>();
    /** Every row in the current sort order (null until needed after the rows or the order changed). */
    private SprayerRow[] ordered;
    private Predicate<SprayerRow> predicate = r -> true;

    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty overdue = new SimpleBooleanProperty();
    private final BooleanProperty dueWithin = new SimpleBooleanProperty();
    private final IntegerProperty dueWithinDays = new SimpleIntegerProperty(30);
    private final BooleanProperty expired = new SimpleBooleanProperty();
    private final BooleanProperty triggered = new SimpleBooleanProperty();
    private final BooleanProperty outOfService = new SimpleBooleanProperty();
    private final BooleanProperty showRemoved = new SimpleBooleanProperty();
    private final ObjectProperty<String> district = new SimpleObjectProperty<>();
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>();
    private final ObjectProperty<Trigger> trigger = new SimpleObjectProperty<>();
    private final ObjectProperty<SprayerStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<String> districts = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper horizonDays = new ReadOnlyIntegerWrapper(30);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SprayerRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Long> changedSprayer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SprayerRow> revealed = new ReadOnlyObjectWrapper<>();
    /** A sprayer asked for (openRecord) before the rows were there; shown once they are. */
    private Long pendingReveal;
    private LocalDate today = LocalDate.now();
    private long serviceCost;
    private int running;

    public SprayerListViewModel(AppServices services, Texts texts) {
        this.services = services;
        this.texts = texts;
        Observable[] inputs = {search, overdue, dueWithin, dueWithinDays, expired, triggered, outOfService,
            showRemoved, district, placement, trigger, status};
        for (Observable o : inputs) {
            o.addListener(x -> setPredicate(predicate()));
        }
        source.addListener((javafx.collections.ListChangeListener<SprayerRow>) c -> {
            ordered = null;
            refilter();
        });
        setPredicate(predicate());
    }

    private void setPredicate(Predicate<SprayerRow> p) {
        predicate = p;
        refilter();
    }

    /** Sorts the table (null: the order the rows were read in, by serial); one sort of every row. */
    public void setComparator(Comparator<SprayerRow> cmp) {
        comparator.set(cmp);
        ordered = null;
        refilter();
    }

    public ReadOnlyObjectProperty<Comparator<SprayerRow>> comparatorProperty() {
        return comparator.getReadOnlyProperty();
    }

    /** One pass over the rows in sort order, one change for the table. */
    private void refilter() {
        if (ordered == null) {
            ordered = source.toArray(new SprayerRow[0]);
            if (comparator.get() != null) {
                Arrays.sort(ordered, comparator.get()); // stable: equal keys keep the serial order
            }
        }
        List<SprayerRow> pass = new ArrayList<>(ordered.length);
        for (SprayerRow r : ordered) {
            if (predicate.test(r)) {
                pass.add(r);
            }
        }
        replaceShown(pass);
    }

    /**
     * Puts the new rows in place with as small a change as is cheap to find: nothing when the same
     * rows are shown (a keystroke that filters nothing more), a few {@code set}s when only some
     * rows were replaced in place (an edited sprayer: the table keeps its selection and scroll),
     * otherwise one {@code setAll}.
     */
    private void replaceShown(List<SprayerRow> pass) {
        if (pass.size() == shown.size()) {
            int[] differ = new int[16];
            int n = 0;
            for (int i = 0; i < pass.size() && n <= differ.length; i++) {
                if (pass.get(i) != shown.get(i)) {
                    if (n < differ.length) {
                        differ[n] = i;
                    }
                    n++;
                }
            }
            if (n <= differ.length) {
                for (int k = 0; k < n; k++) {
                    shown.set(differ[k], pass.get(differ[k]));
                }
                return;
            }
        }
        shown.setAll(pass);
    }

    // ---- loading -------------------------------------------------------------------------

    /** Reloads every row off the JavaFX thread. */
    public void load() {
        run(this::readRows, this::showRows);
    }

    /** {@link #load} on the calling thread (tests). */
    void loadNow() {
        showRows(readRows());
    }

    /** The database half of {@link #load}: everything the table needs, rows built and sort keys computed. */
    Loaded readRows() {
        SprayerService s = services.sprayers();
        LocalDate day = s.today();
        var settings = services.settings().current();
        List<SprayerSummary> all = s.summaries();
        List<SprayerRow> rows = new ArrayList<>(all.size());
        for (SprayerSummary sum : all) {
            rows.add(SprayerRow.of(sum, day, settings.warningHorizonDays(), texts));
        }
        return new Loaded(day, settings.warningHorizonDays(), settings.sprayerServiceCost(), rows);
    }

    void showRows(Loaded l) {
        Long keep = pendingReveal != null ? pendingReveal
                : selected.get() == null ? null : selected.get().id();
        boolean asked = pendingReveal != null;
        pendingReveal = null;
        today = l.today;
        serviceCost = l.serviceCost;
        boolean first = !loaded.get();
        horizonDays.set(l.horizon);
        if (first) {
            dueWithinDays.set(l.horizon);
        }
        // today may have moved: the predicate first, so setting the rows filters them once
        predicate = predicate();
        source.setAll(l.rows);
        TreeSet<String> names = new TreeSet<>(Comparator.comparing(Texts::sortKey));
        for (SprayerRow r : l.rows) {
            if (r.summary().districtName() != null) {
                names.add(r.summary().districtName());
            }
        }
        districts.setAll(names);
        loaded.set(true);
        if (keep != null) {
            reveal(keep, asked);
        }
    }

    record Loaded(LocalDate today, int horizon, long serviceCost, List<SprayerRow> rows) {
    }

    /**
     * Selects a sprayer by id and has the table show it (for "open this sprayer" from elsewhere).
     * Before the rows are loaded the request waits for them; a sprayer the filters hide clears them
     * (and shows removed sprayers when it is one), since the user asked for that very sprayer.
     */
    public void openRecord(long sprayerId) {
        if (!loaded.get()) {
            pendingReveal = sprayerId;
            return;
        }
        if (findRow(sprayerId) == null) {
            // added elsewhere since the rows were read (e.g. from a property's detail)
            pendingReveal = sprayerId;
            load();
            return;
        }
        reveal(sprayerId, true);
    }

    private void reveal(long sprayerId, boolean evenIfFiltered) {
        SprayerRow row = findRow(sprayerId);
        if (row == null) {
            return;
        }
        if (!shown.contains(row)) {
            if (!evenIfFiltered) {
                return;
            }
            clearFilters();
            if (row.removed()) {
                showRemoved.set(true);
            }
        }
        selected.set(row);
        revealed.set(null);
        revealed.set(row);
    }

    private SprayerRow findRow(long id) {
        for (SprayerRow r : source) {
            if (r.id() == id) {
                return r;
            }
        }
        return null;
    }

    /** Reloads one sprayer's row after a change (or drops it when it no longer exists). */
    void refreshRow(long id, SprayerSummary fresh) {
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).id() == id) {
                if (fresh == null) {
                    source.remove(i);
                } else {
                    source.set(i, SprayerRow.of(fresh, today, horizonDays.get(), texts));
                }
                changedSprayer.set(null);
                changedSprayer.set(id);
                return;
            }
        }
        if (fresh != null) {
            source.add(SprayerRow.of(fresh, today, horizonDays.get(), texts));
            changedSprayer.set(null);
            changedSprayer.set(id);
        }
    }

    // ---- filtering -------------------------------------------------------------------------

    Predicate<SprayerRow> predicate() {
        String[] words = search.get() == null ? new String[0]
                : search.get().strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        boolean anyQuick = overdue.get() || dueWithin.get() || expired.get() || triggered.get()
                || outOfService.get();
        LocalDate withinLimit = today.plusDays(Math.max(0, dueWithinDays.get()));
        boolean wantOverdue = overdue.get();
        boolean wantWithin = dueWithin.get();
        boolean wantExpired = expired.get();
        boolean wantTriggered = triggered.get();
        boolean wantOut = outOfService.get();
        boolean withRemoved = showRemoved.get() || status.get() == SprayerStatus.REMOVED;
        String d = district.get();
        Placement p = placement.get();
        Trigger t = trigger.get();
        SprayerStatus st = status.get();
        LocalDate day = today;
        return row -> {
            if (!withRemoved && row.removed()) {
                return false;
            }
            if (d != null && !d.equals(row.summary().districtName())) {
                return false;
            }
            if (p != null && p != row.summary().placement()) {
                return false;
            }
            if (t != null && t != row.summary().trigger()) {
                return false;
            }
            if (st != null && st != row.condition().status()) {
                return false;
            }
            if (anyQuick) {
                boolean hit = (wantOverdue && row.overdue())
                        || (wantWithin && row.inService() && row.summary().nextService() != null
                                && !row.summary().nextService().isBefore(day)
                                && !row.summary().nextService().isAfter(withinLimit))
                        || (wantExpired && row.expired())
                        || (wantTriggered && row.triggered())
                        || (wantOut && row.condition().status() == SprayerStatus.OUT_OF_SERVICE);
                if (!hit) {
                    return false;
                }
            }
            String text = row.searchText();
            for (String w : words) {
                if (!w.isEmpty() && !text.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The active search and filters in words ("" when none), e.g. for an export's About sheet. */
    public String filterText() {
        List<String> parts = new ArrayList<>();
        if (search.get() != null && !search.get().isBlank()) {
            parts.add(texts.get("spr.filterText.search", search.get().strip()));
        }
        if (overdue.get()) {
            parts.add(texts.get("spr.quick.overdue"));
        }
        if (dueWithin.get()) {
            parts.add(texts.get("spr.filterText.dueWithin", dueWithinDays.get()));
        }
        if (expired.get()) {
            parts.add(texts.get("spr.quick.expired"));
        }
        if (triggered.get()) {
            parts.add(texts.get("spr.quick.triggered"));
        }
        if (outOfService.get()) {
            parts.add(texts.get("spr.quick.outOfService"));
        }
        if (district.get() != null) {
            parts.add(texts.get("spr.col.district") + ": " + district.get());
        }
        if (placement.get() != null) {
            parts.add(texts.get("spr.col.placement") + ": " + texts.label(placement.get()));
        }
        if (trigger.get() != null) {
            parts.add(texts.get("spr.col.trigger") + ": " + texts.label(trigger.get()));
        }
        if (status.get() != null) {
            parts.add(texts.get("spr.col.status") + ": " + texts.label(status.get()));
        }
        if (showRemoved.get()) {
            parts.add(texts.get("spr.filter.showRemoved"));
        }
        return String.join("; ", parts);
    }

    public void clearFilters() {
        search.set("");
        overdue.set(false);
        dueWithin.set(false);
        expired.set(false);
        triggered.set(false);
        outOfService.set(false);
        district.set(null);
        placement.set(null);
        trigger.set(null);
        status.set(null);
    }

    // ---- events from the table ---------------------------------------------------------------

    /** Service done today, with the service cost from the settings: the table's two-click action. */
    public void serviceDone(SprayerRow row) {
        BigDecimal cost = BigDecimal.valueOf(serviceCost);
        record(row.id(), new SprayerEvent(RecordMeta.NEW, row.id(), today, EventKind.SERVICED, null, cost, null));
    }

    public void inspectionDone(SprayerRow row) {
        record(row.id(), new SprayerEvent(RecordMeta.NEW, row.id(), today, EventKind.INSPECTED, null, null, null));
    }

    public void remove(SprayerRow row) {
        record(row.id(), new SprayerEvent(RecordMeta.NEW, row.id(), today, EventKind.REMOVED, null, null, null));
    }

    /** Records an event on a sprayer and applies it; on success it can be undone. */
    public void record(long sprayerId, SprayerEvent event) {
        run(() -> recordWork(sprayerId, event), this::recorded);
    }

    /** {@link #record} on the calling thread (tests). */
    void recordNow(long sprayerId, SprayerEvent event) {
        recorded(recordWork(sprayerId, event));
    }

    Recorded recordWork(long sprayerId, SprayerEvent event) {
        SprayerService s = services.sprayers();
        Sprayer before = s.sprayer(sprayerId).orElseThrow(() -> new EditConflictException("sprayer", sprayerId, 0));
        s.recordEvent(before, event);
        return new Recorded(before, event, s.summary(sprayerId));
    }

    void recorded(Recorded r) {
        long id = r.before.meta().id();
        refreshRow(id, r.after);
        undo.push(new EventUndo(r.before, r.event, describe(r.event, r.after)));
        say(describe(r.event, r.after), false);
    }

    record Recorded(Sprayer before, SprayerEvent event, SprayerSummary after) {
    }

    private String describe(SprayerEvent e, SprayerSummary s) {
        String what = texts.label(e.kind()) + " · " + s.serial();
        if (e.kind() == EventKind.SERVICED && s.nextService() != null) {
            return texts.get("spr.notice.serviced", s.serial(), Texts.date(s.nextService()));
        }
        return texts.get("spr.notice.recorded", what);
    }

    private final class EventUndo implements UndoStack.Command {
        private final Sprayer before;
        private final SprayerEvent event;
        private final String text;

        EventUndo(Sprayer before, SprayerEvent event, String text) {
            this.before = before;
            this.event = event;
            this.text = text;
        }

        @Override
        public String description() {
            return text;
        }

        @Override
        public long undo() {
            services.sprayers().undoEvent(event, before);
            return before.meta().id();
        }
    }

    /** Called when the editor saved: refreshes the row and makes the edit undoable. */
    public void saved(Sprayer before, Sprayer after) {
        long id = after.meta().id();
        String serial = after.serial();
        UndoStack.Command c;
        if (before == null) {
            c = new UndoStack.Command() {
                @Override
                public String description() {
                    return texts.get("spr.notice.added", serial);
                }

                @Override
                public long undo() {
                    if (!services.sprayers().undoCreate(id, after.meta().version())) {
                        throw new EditConflictException("sprayer", id, after.meta().version());
                    }
                    return id;
                }
            };
        } else {
            c = new UndoStack.Command() {
                @Override
                public String description() {
                    return texts.get("spr.notice.edited", serial);
                }

                @Override
                public long undo() {
                    services.sprayers().revert(before, after.meta().version());
                    return id;
                }
            };
        }
        undo.push(c);
        say(c.description(), false);
        run(() -> services.sprayers().summary(id), fresh -> refreshRow(id, fresh));
    }

    /** Takes back the newest edit or event (off the JavaFX thread); put back on the stack if that fails. */
    public void undo() {
        UndoStack.Command c = undo.pop();
        if (c == null) {
            return;
        }
        run(() -> undoWork(c), this::undone, e -> undo.restore(c));
    }

    /** {@link #undo} on the calling thread (tests). */
    void undoNow() {
        UndoStack.Command c = undo.pop();
        if (c != null) {
            undone(undoWork(c));
        }
    }

    private Undone undoWork(UndoStack.Command c) {
        long id = c.undo();
        return new Undone(id, services.sprayers().summary(id), c.description());
    }

    private void undone(Undone u) {
        refreshRow(u.id, u.fresh);
        say(texts.get("spr.notice.undone", u.description), false);
    }

    private record Undone(long id, SprayerSummary fresh, String description) {
    }

    // ---- plumbing ----------------------------------------------------------------------------

    /** Database work off the JavaFX thread; a failure is told in the notice line. */
    <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        run(work, onSuccess, e -> { });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
            java.util.function.Consumer<Throwable> alsoOnFailure) {
        running++;
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(onSuccess::accept)
                .onFailure(e -> {
                    alsoOnFailure.accept(e);
                    failed(e);
                })
                .onFinished(this::done)
                .start();
    }

    private void done() {
        running--;
        busy.set(running > 0);
    }

    /** What the user can act on goes to the notice line; anything else is also a bug report. */
    void failed(Throwable e) {
        if (isExpected(e)) {
            say(errorText(e), true);
        } else {
            say(texts.get("spr.error.generic", ErrorHandler.shortMessage(e)), true);
            ErrorHandler.handle(e);
        }
    }

    static boolean isExpected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ValidationException || t instanceof EditConflictException
                    || t.getClass().getSimpleName().equals("ConstraintViolationException")) {
                return true;
            }
        }
        return false;
    }

    void say(String text, boolean error) {
        notice.set(new Notice(text, error));
    }

    String errorText(Throwable e) {
        return errorText(texts, e);
    }

    static String errorText(Texts texts, Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof ValidationException) && !(t instanceof EditConflictException)) {
            t = t.getCause();
        }
        if (t instanceof ValidationException v) {
            StringBuilder b = new StringBuilder();
            v.problems().forEach(p -> {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(texts.messages().problem(p));
            });
            return b.toString();
        }
        if (t instanceof EditConflictException) {
            return texts.get("spr.error.conflict");
        }
        if (t.getClass().getSimpleName().equals("ConstraintViolationException")) {
            return texts.get("spr.error.duplicateEvent");
        }
        return texts.get("spr.error.generic", String.valueOf(t.getMessage()));
    }

    /** Serials and solution codes are unique ignoring case (COLLATE NOCASE): the lookup key. */
    static String key(String s) {
        return s == null ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Serial and solution code → sprayer id over the loaded rows, for the editor's live checks. */
    public SprayerService.UsedIdentifiers identifiers() {
        Map<String, Long> serials = new HashMap<>();
        Map<String, Long> codes = new HashMap<>();
        for (SprayerRow r : source) {
            if (r.summary().serial() != null) {
                serials.put(key(r.summary().serial()), r.id());
            }
            if (r.summary().solutionCode() != null) {
                codes.put(key(r.summary().solutionCode()), r.id());
            }
        }
        return new SprayerService.UsedIdentifiers(serials, codes);
    }

    public String label(Labelled l) {
        return texts.label(l);
    }

    // ---- properties --------------------------------------------------------------------------

    public ObservableList<SprayerRow> rows() {
        return source;
    }

    /** The rows the table shows: filtered and in the table's sort order. */
    public ObservableList<SprayerRow> items() {
        return shown;
    }

    /** The rows that pass the filters (the same list as {@link #items}; its size is the count shown). */
    public ObservableList<SprayerRow> filtered() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty overdueProperty() {
        return overdue;
    }

    public BooleanProperty dueWithinProperty() {
        return dueWithin;
    }

    public IntegerProperty dueWithinDaysProperty() {
        return dueWithinDays;
    }

    public BooleanProperty expiredProperty() {
        return expired;
    }

    public BooleanProperty triggeredProperty() {
        return triggered;
    }

    public BooleanProperty outOfServiceProperty() {
        return outOfService;
    }

    public BooleanProperty showRemovedProperty() {
        return showRemoved;
    }

    public ObjectProperty<String> districtProperty() {
        return district;
    }

    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    public ObjectProperty<Trigger> triggerProperty() {
        return trigger;
    }

    public ObjectProperty<SprayerStatus> statusProperty() {
        return status;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty horizonDaysProperty() {
        return horizonDays.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObjectProperty<SprayerRow> selectedProperty() {
        return selected;
    }

    /** Set to a row each time it should be scrolled to and selected ({@link #openRecord}). */
    public ReadOnlyObjectProperty<SprayerRow> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Set to a sprayer's id each time it changed (detail panes reload on it). */
    public ReadOnlyObjectProperty<Long> changedSprayerProperty() {
        return changedSprayer.getReadOnlyProperty();
    }

    public UndoStack undoStack() {
        return undo;
    }

    /** The service cost from the settings, read when the rows were loaded. */
    public long serviceCost() {
        return serviceCost;
    }

    public LocalDate today() {
        return today;
    }

    public AppServices services() {
        return services;
    }

    Texts texts() {
        return texts;
    }
}
