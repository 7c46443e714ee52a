package se.markdna.ui.sprayers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
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

/**
 * State of the sprayer table: the rows, search, quick and column filters, sorting on precomputed
 * keys, the events recorded from the table, and undo. Holds no Nodes.
 */
public final class SprayerListViewModel {

    /** A message for the user: what just happened, or what went wrong. */
    public record Notice(String text, boolean error) {
    }

    private final AppServices services;
    private final Texts texts;
    private final Async async;
    private final UndoStack undo = new UndoStack();

    private final ObservableList<SprayerRow> source = FXCollections.observableArrayList();
    private final FilteredList<SprayerRow> filtered = new FilteredList<>(source);
    private final SortedList<SprayerRow> sorted = new SortedList<>(filtered);

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
    private LocalDate today = LocalDate.now();
    private long serviceCost;
    private int running;

    public SprayerListViewModel(AppServices services, Texts texts, Async async) {
        this.services = services;
        this.texts = texts;
        this.async = async;
        Observable[] inputs = {search, overdue, dueWithin, dueWithinDays, expired, triggered, outOfService,
            showRemoved, district, placement, trigger, status};
        for (Observable o : inputs) {
            o.addListener(x -> filtered.setPredicate(predicate()));
        }
        filtered.setPredicate(predicate());
    }

    // ---- loading -------------------------------------------------------------------------

    public void load() {
        run(() -> {
            SprayerService s = services.sprayers();
            LocalDate day = s.today();
            int horizon = services.settings().current().warningHorizonDays();
            List<SprayerSummary> all = s.summaries();
            List<SprayerRow> rows = new ArrayList<>(all.size());
            for (SprayerSummary sum : all) {
                rows.add(SprayerRow.of(sum, day, horizon, texts));
            }
            return new Loaded(day, horizon, services.settings().current().sprayerServiceCost(), rows);
        }, l -> {
            today = l.today;
            serviceCost = l.serviceCost;
            boolean first = !loaded.get();
            horizonDays.set(l.horizon);
            if (first) {
                dueWithinDays.set(l.horizon);
            }
            source.setAll(l.rows);
            TreeSet<String> names = new TreeSet<>(Comparator.comparing(Texts::sortKey));
            for (SprayerRow r : l.rows) {
                if (r.summary().districtName() != null) {
                    names.add(r.summary().districtName());
                }
            }
            districts.setAll(names);
            loaded.set(true);
        });
    }

    private record Loaded(LocalDate today, int horizon, long serviceCost, List<SprayerRow> rows) {
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
        run(() -> {
            SprayerService s = services.sprayers();
            Sprayer before = s.sprayer(sprayerId).orElseThrow(
                    () -> new EditConflictException("sprayer", sprayerId, 0));
            s.recordEvent(before, event);
            return new Recorded(before, event, s.summary(sprayerId));
        }, r -> {
            refreshRow(sprayerId, r.after);
            undo.push(new EventUndo(r.before, r.event, describe(r.event, r.after)));
            say(describe(r.event, r.after), false);
        });
    }

    private record Recorded(Sprayer before, SprayerEvent event, SprayerSummary after) {
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

    public void undo() {
        UndoStack.Command c = undo.pop();
        if (c == null) {
            return;
        }
        async.run(() -> {
            long id = c.undo();
            return new Undone(id, services.sprayers().summary(id));
        }, u -> {
            refreshRow(u.id, u.fresh);
            say(texts.get("spr.notice.undone", c.description()), false);
        }, e -> {
            say(errorText(e), true);
        });
    }

    private record Undone(long id, SprayerSummary fresh) {
    }

    // ---- plumbing ----------------------------------------------------------------------------

    <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        running++;
        busy.set(true);
        async.run(work, v -> {
            done();
            onSuccess.accept(v);
        }, e -> {
            done();
            say(errorText(e), true);
        });
    }

    private void done() {
        running--;
        busy.set(running > 0);
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

    public SortedList<SprayerRow> items() {
        return sorted;
    }

    public FilteredList<SprayerRow> filtered() {
        return filtered;
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
