package se.markdna.ui.sprayers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.markdna.domain.sprayer.SprayerCondition;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.service.AppServices;
import se.markdna.ui.common.BackgroundTask;

/**
 * The installer's work list: what the service's indexed Service due query returns (already in
 * due-date order), grouped by property in order of each property's most urgent sprayer.
 * <p>
 * Everything the view shows is prepared off the JavaFX thread, including the flat list of rows
 * (each property's header followed by its sprayers) that the view's table shows as it is: the FX
 * thread only does one {@code setAll} per list, so a list of tens of thousands of sprayers costs
 * the table no more than a short one (it lays out the visible rows only).
 */
public final class ServiceDueModel {

    /** One sprayer on the list. */
    public record DueLine(SprayerSummary sprayer, SprayerCondition condition, LocalDate due, String reasons) {
    }

    /** One property on the list with its sprayers, most urgent first. */
    public record DueGroup(long propertyId, String designation, String name, String address, String district,
            List<DueLine> lines) {

        public LocalDate firstDue() {
            return lines.isEmpty() ? null : lines.get(0).due();
        }
    }

    private final AppServices services;
    private final Texts texts;
    private final ObservableList<DueGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Object> rows = FXCollections.observableArrayList();
    private final List<SprayerSummary> flat = new ArrayList<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper horizon = new ReadOnlyIntegerWrapper(30);
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(LocalDate.now());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public ServiceDueModel(AppServices services, Texts texts) {
        this.services = services;
        this.texts = texts;
    }

    /** Reads the list off the JavaFX thread (the indexed query of the service). */
    public void load() {
        busy.set(true);
        BackgroundTask.of(this::read)
                .onSuccess(this::show)
                .onFailure(e -> {
                    error.set(SprayerListViewModel.errorText(texts, e));
                    if (!SprayerListViewModel.isExpected(e)) {
                        se.markdna.ui.common.ErrorHandler.handle(e);
                    }
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    /** {@link #load} on the calling thread (tests). */
    void loadNow() {
        show(read());
    }

    Loaded read() {
        LocalDate day = services.sprayers().today();
        int h = services.settings().current().warningHorizonDays();
        List<SprayerSummary> due = services.sprayers().serviceDue();
        List<DueGroup> grouped = group(due, day, h, texts);
        return new Loaded(day, h, due, grouped, flatten(grouped, due.size()));
    }

    void show(Loaded l) {
        error.set(null);
        today.set(l.today);
        horizon.set(l.horizon);
        flat.clear();
        flat.addAll(l.due);
        count.set(l.due.size());
        // rows before groups: the view's listener on groups reads the rows already shown
        rows.setAll(l.rows);
        groups.setAll(l.groups);
        loaded.set(true);
    }

    record Loaded(LocalDate today, int horizon, List<SprayerSummary> due, List<DueGroup> groups,
            List<Object> rows) {
    }

    /** The rows of the table: each group, then its lines. */
    static List<Object> flatten(List<DueGroup> groups, int lines) {
        List<Object> out = new ArrayList<>(groups.size() + lines);
        for (DueGroup g : groups) {
            out.add(g);
            out.addAll(g.lines());
        }
        return out;
    }

    static List<DueGroup> group(List<SprayerSummary> due, LocalDate today, int horizon, Texts texts) {
        Map<Long, List<DueLine>> byProperty = new LinkedHashMap<>();
        Map<Long, SprayerSummary> first = new LinkedHashMap<>();
        // a handful of distinct conditions: their words are looked up once each, not once a line
        Map<SprayerCondition, String> words = new java.util.HashMap<>();
        for (SprayerSummary s : due) {
            SprayerCondition c = s.condition(today, horizon);
            byProperty.computeIfAbsent(s.propertyId(), k -> new ArrayList<>())
                    .add(new DueLine(s, c, s.dueDate(), words.computeIfAbsent(c, k -> Marks.words(k, texts))));
            first.putIfAbsent(s.propertyId(), s);
        }
        List<DueGroup> out = new ArrayList<>(byProperty.size());
        byProperty.forEach((id, lines) -> {
            SprayerSummary s = first.get(id);
            String address = Texts.nz(s.streetAddress()) + ", " + Texts.nz(s.postalCode()) + " "
                    + Texts.nz(s.postTown());
            out.add(new DueGroup(id, s.designation(), s.propertyName(), address.strip(), s.districtName(),
                    List.copyOf(lines)));
        });
        return out;
    }

    public ObservableList<DueGroup> groups() {
        return groups;
    }

    /** What the table shows, in order: a {@link DueGroup} followed by its {@link DueLine}s. */
    public ObservableList<Object> rows() {
        return rows;
    }

    /** The sprayers in due-date order, for export. */
    public List<SprayerSummary> sprayers() {
        return List.copyOf(flat);
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty horizonProperty() {
        return horizon.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the list has been read (the first time). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when the list is in English (export headers follow the UI language). */
    boolean english() {
        return texts.messages().isEnglish();
    }

    AppServices services() {
        return services;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    Texts texts() {
        return texts;
    }
}
