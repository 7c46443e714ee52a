package se.markdna.ui.sprayers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
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
import javafx.collections.ObservableMap;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.service.SprayerService;

/**
 * The sprayer form: one property per field, validated live on every change by the domain rules,
 * plus serial and solution code checked against the register. A field's message shows once the
 * field was touched or a save was tried. Holds no Nodes.
 */
public final class SprayerEditorModel {

    public static final List<String> FIELDS = List.of("propertyId", "placement", "location", "make", "model",
            "serial", "solutionCode", "trigger", "installedOn", "installer", "cartridgeFilledOn",
            "serviceIntervalMonths", "lastServiceOn", "warningSign", "status", "notes");

    private final Texts texts;
    private final LocalDate today;
    private Sprayer original;
    private SprayerService.UsedIdentifiers used = new SprayerService.UsedIdentifiers(java.util.Map.of(),
            java.util.Map.of());

    final ObjectProperty<PropertySummary> property = new SimpleObjectProperty<>();
    final ObjectProperty<Placement> placement = new SimpleObjectProperty<>();
    final StringProperty location = new SimpleStringProperty("");
    final StringProperty make = new SimpleStringProperty("");
    final StringProperty model = new SimpleStringProperty("");
    final StringProperty serial = new SimpleStringProperty("");
    final StringProperty solutionCode = new SimpleStringProperty("");
    final ObjectProperty<Trigger> trigger = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> installedOn = new SimpleObjectProperty<>();
    final StringProperty installer = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> cartridgeFilledOn = new SimpleObjectProperty<>();
    final IntegerProperty interval = new SimpleIntegerProperty(12);
    final ObjectProperty<LocalDate> lastServiceOn = new SimpleObjectProperty<>();
    final BooleanProperty warningSign = new SimpleBooleanProperty(true);
    final ObjectProperty<SprayerStatus> status = new SimpleObjectProperty<>(SprayerStatus.ACTIVE);
    final StringProperty notes = new SimpleStringProperty("");

    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, String> shown = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private boolean submitted;
    private boolean loading;

    public SprayerEditorModel(Texts texts, LocalDate today) {
        this.texts = texts;
        this.today = today;
        watch("propertyId", property);
        watch("placement", placement);
        watch("location", location);
        watch("make", make);
        watch("model", model);
        watch("serial", serial);
        watch("solutionCode", solutionCode);
        watch("trigger", trigger);
        watch("installedOn", installedOn);
        watch("installer", installer);
        watch("cartridgeFilledOn", cartridgeFilledOn);
        watch("serviceIntervalMonths", interval);
        watch("lastServiceOn", lastServiceOn);
        watch("warningSign", warningSign);
        watch("status", status);
        watch("notes", notes);
        validate();
    }

    private void watch(String field, Observable o) {
        o.addListener(x -> {
            if (!loading) {
                touched.add(field);
                validate();
            }
        });
    }

    /** A new sprayer with defaults: installed and filled today, the default interval. */
    public void startNew(PropertySummary at, int defaultInterval) {
        loading = true;
        original = null;
        property.set(at);
        placement.set(Placement.ENTRANCE);
        trigger.set(Trigger.MOTION);
        installedOn.set(today);
        cartridgeFilledOn.set(today);
        interval.set(defaultInterval);
        status.set(SprayerStatus.ACTIVE);
        warningSign.set(true);
        loading = false;
        validate();
    }

    public void edit(Sprayer s, PropertySummary at) {
        loading = true;
        original = s;
        property.set(at);
        placement.set(s.placement());
        location.set(nz(s.location()));
        make.set(nz(s.make()));
        model.set(nz(s.model()));
        serial.set(nz(s.serial()));
        solutionCode.set(nz(s.solutionCode()));
        trigger.set(s.trigger());
        installedOn.set(s.installedOn());
        installer.set(nz(s.installer()));
        cartridgeFilledOn.set(s.cartridgeFilledOn());
        interval.set(s.serviceIntervalMonths());
        lastServiceOn.set(s.lastServiceOn());
        warningSign.set(s.warningSign());
        status.set(s.status() == null ? SprayerStatus.ACTIVE : s.status().stored());
        notes.set(nz(s.notes()));
        loading = false;
        validate();
    }

    public void setUsedIdentifiers(SprayerService.UsedIdentifiers ids) {
        this.used = ids;
        validate();
    }

    public boolean isNew() {
        return original == null;
    }

    public Sprayer original() {
        return original;
    }

    /** The sprayer as the form says; blank text is null. */
    public Sprayer toSprayer() {
        RecordMeta meta = original == null ? RecordMeta.NEW : original.meta();
        PropertySummary p = property.get();
        return new Sprayer(meta, p == null ? 0 : p.id(), placement.get(), blank(location.get()), blank(make.get()),
                blank(model.get()), blank(serial.get()), blank(solutionCode.get()), trigger.get(), installedOn.get(),
                blank(installer.get()), cartridgeFilledOn.get(), interval.get(), lastServiceOn.get(),
                warningSign.get(), status.get(), blank(notes.get()));
    }

    /** Runs every rule; returns true when the form can be saved. */
    public boolean validate() {
        Sprayer s = toSprayer();
        List<Problem> list = new ArrayList<>(s.validate(today));
        if (property.get() == null) {
            list.add(Problem.of("propertyId", "validation.required"));
        }
        Long self = s.meta().id();
        if (s.serial() != null) {
            Long other = used.serials().get(SprayerListViewModel.key(s.serial()));
            if (other != null && !other.equals(self)) {
                list.add(Problem.of("serial", "validation.uniqueSerial", s.serial()));
            }
        }
        if (s.solutionCode() != null) {
            Long other = used.solutionCodes().get(SprayerListViewModel.key(s.solutionCode()));
            if (other != null && !other.equals(self)) {
                list.add(Problem.of("solutionCode", "validation.uniqueSolutionCode", s.solutionCode()));
            }
        }
        showProblems(list);
        valid.set(list.isEmpty());
        return list.isEmpty();
    }

    /** Shows problems the service found on save (e.g. a serial someone else took meanwhile). */
    public void showProblems(List<Problem> list) {
        problems.clear();
        for (Problem p : list) {
            problems.putIfAbsent(p.field(), texts.messages().problem(p));
        }
        shown.clear();
        problems.forEach((f, m) -> {
            if (submitted || touched.contains(f)) {
                shown.put(f, m);
            }
        });
    }

    /** A save was tried: from now on every field's problem shows. */
    public boolean submit() {
        submitted = true;
        return validate();
    }

    public void submitFailed(List<Problem> fromService) {
        submitted = true;
        List<Problem> all = new ArrayList<>(fromService);
        showProblems(all);
        valid.set(false);
    }

    /** Every current problem, by field (shown or not). */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** The problems to show now, by field. */
    public ObservableMap<String, String> shownProblems() {
        return shown;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // accessors for the view and tests
    public ObjectProperty<PropertySummary> propertyProperty() {
        return property;
    }

    public StringProperty serialProperty() {
        return serial;
    }

    public StringProperty solutionCodeProperty() {
        return solutionCode;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<LocalDate> installedOnProperty() {
        return installedOn;
    }

    public ObjectProperty<LocalDate> lastServiceOnProperty() {
        return lastServiceOn;
    }

    public IntegerProperty intervalProperty() {
        return interval;
    }
}
