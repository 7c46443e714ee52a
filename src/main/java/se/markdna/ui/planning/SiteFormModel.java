package se.markdna.ui.planning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.markdna.domain.EditConflictException;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.planning.CostEstimate;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.District;
import se.markdna.domain.register.Organisation;
import se.markdna.service.PlanningService;
import se.markdna.service.ValidationException;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.ErrorHandler;

/**
 * The editor of one candidate site: its fields as text the user types, validated live against the
 * domain's rules, the cost estimate with its parts from the unit costs in Settings, the save, and
 * the status workflow (only the allowed transitions are offered).
 */
public final class SiteFormModel {

    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<Long> districtId = new SimpleObjectProperty<>();
    public final StringProperty address = new SimpleStringProperty("");
    public final StringProperty latitude = new SimpleStringProperty("");
    public final StringProperty longitude = new SimpleStringProperty("");
    public final ObjectProperty<BuildingType> siteType = new SimpleObjectProperty<>(BuildingType.BLOCK_OF_FLATS);
    public final StringProperty dwellings = new SimpleStringProperty("0");
    public final ObjectProperty<Long> organisationId = new SimpleObjectProperty<>();
    public final StringProperty reason = new SimpleStringProperty("");
    public final StringProperty burglaries = new SimpleStringProperty("0");
    public final StringProperty plannedKits = new SimpleStringProperty("0");
    public final StringProperty plannedSprayers = new SimpleStringProperty("0");
    public final StringProperty plannedSigns = new SimpleStringProperty("0");
    public final StringProperty plannedQuarter = new SimpleStringProperty("");
    public final StringProperty responsible = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");

    private final PlanningContext ctx;
    private final ObservableList<District> districts = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<SiteStatus> transitions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CostEstimate> cost = new ReadOnlyObjectWrapper<>(new CostEstimate(0, 0, 0));
    private final ReadOnlyObjectWrapper<RolloutSite> original = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty();
    private final Set<String> touched = new HashSet<>();
    private boolean loading;
    private boolean showAll;
    private Consumer<RolloutSite> onSaved = s -> { };

    private final javafx.beans.value.ChangeListener<Object> settingsChanged = (o, a, b) -> revalidate();

    public SiteFormModel(PlanningContext ctx) {
        this.ctx = ctx;
        javafx.beans.value.ObservableValue<?>[] fields = {name, districtId, address, latitude, longitude, siteType, dwellings, organisationId,
            reason, burglaries, plannedKits, plannedSprayers, plannedSigns, plannedQuarter, responsible, notes};
        String[] keys = {"name", "districtId", "address", "latitude", "longitude", "siteType", "dwellings",
            "organisationId", "reason", "burglaries12Months", "plannedKits", "plannedSprayers", "plannedSigns",
            "plannedQuarter", "responsible", "notes"};
        for (int i = 0; i < fields.length; i++) {
            String key = keys[i];
            fields[i].addListener((o, a, b) -> {
                if (!loading) {
                    touched.add(key);
                    if (key.equals("latitude") || key.equals("longitude")) {
                        touched.add("latitude");
                        touched.add("longitude");
                    }
                    dirty.set(true);
                }
                revalidate();
            });
        }
        // the unit costs may change in Settings while a site is open: its cost follows
        ctx.settingsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(settingsChanged));
        revalidate();
    }

    /** Loads the districts and organisations the pickers offer. */
    public void loadChoices() {
        BackgroundTask.of(() -> new Choices(ctx.services().register().districts(),
                ctx.services().register().organisations()))
                .onSuccess(c -> {
                    districts.setAll(c.districts());
                    organisations.setAll(c.organisations());
                })
                .onFailure(e -> message.set(ctx.messages().get("plan.error.load", ErrorHandler.shortMessage(e))))
                .start();
    }

    private record Choices(List<District> districts, List<Organisation> organisations) {
    }

    public void setOnSaved(Consumer<RolloutSite> handler) {
        this.onSaved = handler;
    }

    /** An empty form for a new site, in status proposed. */
    public void newSite(Long district) {
        fill(null);
        loading = true;
        districtId.set(district);
        loading = false;
        open.set(true);
        revalidate();
    }

    public void edit(RolloutSite s) {
        fill(s);
        open.set(true);
    }

    public void close() {
        fill(null);
        open.set(false);
    }

    private void fill(RolloutSite s) {
        loading = true;
        try {
            original.set(s);
            name.set(s == null ? "" : nz(s.name()));
            districtId.set(s == null ? null : s.districtId());
            address.set(s == null ? "" : nz(s.address()));
            latitude.set(s == null || s.latitude() == null ? "" : String.valueOf(s.latitude()));
            longitude.set(s == null || s.longitude() == null ? "" : String.valueOf(s.longitude()));
            siteType.set(s == null ? BuildingType.BLOCK_OF_FLATS : s.siteType());
            dwellings.set(s == null ? "0" : String.valueOf(s.dwellings()));
            organisationId.set(s == null ? null : s.organisationId());
            reason.set(s == null ? "" : nz(s.reason()));
            burglaries.set(s == null ? "0" : String.valueOf(s.burglaries12Months()));
            plannedKits.set(s == null ? "0" : String.valueOf(s.plannedKits()));
            plannedSprayers.set(s == null ? "0" : String.valueOf(s.plannedSprayers()));
            plannedSigns.set(s == null ? "0" : String.valueOf(s.plannedSigns()));
            plannedQuarter.set(s == null ? "" : nz(s.plannedQuarter()));
            responsible.set(s == null ? "" : nz(s.responsible()));
            notes.set(s == null ? "" : nz(s.notes()));
        } finally {
            loading = false;
        }
        touched.clear();
        showAll = false;
        dirty.set(false);
        message.set(null);
        transitions.setAll(s == null ? List.of() : sorted(s.status().next()));
        revalidate();
    }

    private static List<SiteStatus> sorted(Set<SiteStatus> set) {
        List<SiteStatus> list = new ArrayList<>(set.isEmpty() ? EnumSet.noneOf(SiteStatus.class) : EnumSet.copyOf(set));
        return list;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds the record from the fields; problems with typing (not a number) are added to {@code problems}. */
    RolloutSite build(List<Problem> problems) {
        RolloutSite o = original.get();
        Double lat = coordinate("latitude", latitude.get(), problems);
        Double lon = coordinate("longitude", longitude.get(), problems);
        return new RolloutSite(o == null ? RecordMeta.NEW : o.meta(), blankToNull(name.get()), districtId.get(),
                blankToNull(address.get()), lat, lon, siteType.get(), count("dwellings", dwellings.get(), problems),
                organisationId.get(), blankToNull(reason.get()), count("burglaries12Months", burglaries.get(), problems),
                count("plannedKits", plannedKits.get(), problems),
                count("plannedSprayers", plannedSprayers.get(), problems),
                count("plannedSigns", plannedSigns.get(), problems),
                blankToNull(plannedQuarter.get()) == null ? null : plannedQuarter.get().strip().toUpperCase(),
                o == null ? SiteStatus.PROPOSED : o.status(), o == null ? null : o.statusReason(),
                blankToNull(responsible.get()), o == null ? null : o.propertyId(), blankToNull(notes.get()));
    }

    private static int count(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Long v = PlanningFormats.parseLong(text);
        if (v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            problems.add(Problem.of(field, "plan.validation.wholeNumber"));
            return 0;
        }
        return v.intValue();
    }

    private static Double coordinate(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Double v = PlanningFormats.parseDouble(text);
        if (v == null) {
            problems.add(Problem.of(field, "plan.validation.decimal"));
        }
        return v;
    }

    private void revalidate() {
        List<Problem> problems = new ArrayList<>();
        RolloutSite s = build(problems);
        problems.addAll(s.validate());
        errors.clear();
        for (Problem p : problems) {
            if (showAll || touched.contains(p.field())) {
                errors.putIfAbsent(p.field(), ctx.messages().problem(p));
            }
        }
        cost.set(CostEstimate.of(s.plannedKits(), s.plannedSigns(), s.plannedSprayers(), ctx.settings()));
        valid = problems.isEmpty();
    }

    private boolean valid;

    public boolean isValid() {
        return valid;
    }

    /** Validates everything (showing every problem) and saves if nothing is wrong. */
    public void save() {
        showAll = true;
        revalidate();
        if (!valid) {
            message.set(ctx.messages().get("plan.form.fixErrors"));
            return;
        }
        RolloutSite s = build(new ArrayList<>());
        busy.set(true);
        BackgroundTask.of(() -> ctx.services().planning().saveSite(s))
                .onSuccess(saved -> {
                    busy.set(false);
                    fill(saved);
                    message.set(ctx.messages().get("plan.form.saved", saved.name()));
                    onSaved.accept(saved);
                    ctx.changed();
                })
                .onFailure(this::failed)
                .start();
    }

    /**
     * The workflow button: moves the open site to {@code target}; rejecting first asks for the
     * reason (nothing happens when the user cancels).
     */
    public void moveTo(SiteStatus target) {
        RolloutSite s = original.get();
        if (s == null) {
            return;
        }
        String reason = null;
        if (target == SiteStatus.REJECTED) {
            var m = ctx.messages();
            reason = ctx.dialogs().askText(m.get("plan.reject.title"), m.get("plan.reject.header", s.name()),
                    m.get("plan.reject.reason"));
            if (reason == null) {
                return;
            }
        }
        move(target, reason);
    }

    /** Moves the open site to another status; rejection needs a reason. */
    public void move(SiteStatus target, String rejectionReason) {
        RolloutSite s = original.get();
        if (s == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> ctx.services().planning().move(s, target, rejectionReason))
                .onSuccess((PlanningService.Transition t) -> {
                    busy.set(false);
                    fill(t.site());
                    message.set(ctx.messages().get("plan.form.moved", ctx.messages().label(target)));
                    ctx.changed();
                    if (t.createdProperty() != null) {
                        ctx.propertyCreated(t.createdProperty());
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    /** Deletes the open site once the user confirmed it. */
    public void delete() {
        RolloutSite s = original.get();
        if (s == null) {
            return;
        }
        var m = ctx.messages();
        if (!ctx.dialogs().confirm(m.get("plan.delete.title"), m.get("plan.delete.header", s.name()),
                m.get("plan.delete.text"), m.get("plan.delete.confirm"))) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> {
            ctx.services().planning().deleteSite(s);
            return s;
        }).onSuccess(deleted -> {
            busy.set(false);
            close();
            message.set(ctx.messages().get("plan.form.deleted", deleted.name()));
            ctx.changed();
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            errors.clear();
            for (Problem p : v.problems()) {
                errors.putIfAbsent(p.field(), ctx.messages().problem(p));
            }
            message.set(v.problems().isEmpty() ? null : ctx.messages().problem(v.problems().get(0)));
        } else if (e instanceof EditConflictException) {
            message.set(ctx.messages().get("plan.form.conflict"));
        } else {
            message.set(ctx.messages().get("plan.error.save", ErrorHandler.shortMessage(e)));
        }
    }

    public ObservableList<District> districts() {
        return districts;
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    /** Field → the problem's text, for the fields the user touched (all of them after a save attempt). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableList<SiteStatus> transitions() {
        return transitions;
    }

    public ReadOnlyObjectProperty<CostEstimate> costProperty() {
        return cost.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RolloutSite> originalProperty() {
        return original.getReadOnlyProperty();
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
