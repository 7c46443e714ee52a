package se.markdna.ui.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import se.markdna.domain.Text;
import se.markdna.domain.audit.AuditEntry;
import se.markdna.domain.audit.FieldChange;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.Coverage;
import se.markdna.domain.register.District;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.PostalCode;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.sprayer.SprayerCondition;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.i18n.Messages;
import se.markdna.service.RegisterService;
import se.markdna.service.ValidationException;

/**
 * The detail form of one property: every field as a JavaFX property, problems per field computed
 * as the user types, the kit distributions edited alongside and saved with the property in one
 * transaction, the change history, and what to do when someone else saved the record meanwhile.
 */
public final class PropertyFormModel {

    /** One line of the change history: when, who, field, old → new. */
    public record HistoryLine(String at, String who, String field, String oldValue, String newValue) {
    }

    /** A field whose stored value differs from the user's. */
    public record FieldDiff(String field, String mine, String theirs) {
    }

    /** One DNA sprayer at the property, as the detail's read-only list shows it. */
    public record SprayerLine(long id, String serial, String placement, String status, SprayerStatus statusCode,
            String nextService) {
    }

    /** Someone else saved the property since it was opened. */
    public record Conflict(Property mine, Property theirs, List<FieldDiff> differences) {
    }

    /** Property fields as the database names them (audit entries use these), in form order. */
    static final List<String> COLUMNS = List.of("designation", "name", "street_address", "postal_code", "post_town",
            "district_id", "organisation_id", "contact_id", "latitude", "longitude", "building_type", "dwellings",
            "signs", "stickers", "neighbourhood_watch", "programme_phase", "status", "notes");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PropertyListViewModel list;
    private final RegisterService register;
    private final Messages messages;

    // fields
    private final StringProperty designation = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty streetAddress = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty postTown = new SimpleStringProperty("");
    private final ObjectProperty<District> district = new SimpleObjectProperty<>();
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final ObjectProperty<BuildingType> buildingType = new SimpleObjectProperty<>();
    private final StringProperty dwellings = new SimpleStringProperty("0");
    private final StringProperty signs = new SimpleStringProperty("0");
    private final StringProperty stickers = new SimpleStringProperty("0");
    private final BooleanProperty neighbourhoodWatch = new SimpleBooleanProperty();
    private final StringProperty programmePhase = new SimpleStringProperty("");
    private final ObjectProperty<PropertyStatus> status = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");

    // kit distributions and the inline kit editor
    private final ObservableList<KitDistribution> kits = FXCollections.observableArrayList();
    private final List<KitDistribution> removedKits = new ArrayList<>();
    private final ObjectProperty<KitDistribution> editingKit = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> kitDate = new SimpleObjectProperty<>();
    private final StringProperty kitSupplier = new SimpleStringProperty("");
    private final StringProperty kitDelivered = new SimpleStringProperty("");
    private final StringProperty kitHandedOut = new SimpleStringProperty("");
    private final StringProperty kitRegistered = new SimpleStringProperty("");
    private final StringProperty kitCodes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> kitExpires = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> kitErrors = FXCollections.observableHashMap();

    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    private final ObservableList<SprayerLine> sprayers = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ObjectProperty<Property> original = new SimpleObjectProperty<>();
    private final ObjectProperty<Conflict> conflict = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper coverageText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private final BooleanBinding canSave;
    private boolean loading;
    private Map<String, String> serverErrors = Map.of();

    PropertyFormModel(PropertyListViewModel list) {
        this.list = list;
        this.register = list.services().register();
        this.messages = list.messages();
        Observable[] fields = {designation, name, streetAddress, postalCode, postTown, district, organisation, contact,
            latitude, longitude, buildingType, dwellings, signs, stickers, neighbourhoodWatch, programmePhase, status,
            notes};
        for (Observable f : fields) {
            f.addListener(o -> fieldChanged());
        }
        kits.addListener((Observable o) -> {
            updateCoverage();
            if (!loading) {
                dirty.set(true);
            }
        });
        for (Observable f : new Observable[] {kitDate, kitSupplier, kitDelivered, kitHandedOut, kitRegistered,
            kitCodes, kitExpires}) {
            f.addListener(o -> validateKit());
        }
        organisation.addListener((o, a, b) -> organisationChanged(a, b));
        valid = Bindings.isEmpty(errors);
        canSave = valid.and(dirty).and(open).and(list.busy().not());
        clear();
    }

    // ---- opening -------------------------------------------------------------------------------

    /** Starts a new property: Planned, a block of flats, nothing else filled in. */
    public void startNew() {
        openRequest++; // a property still loading must not replace the new one
        loading = true;
        try {
            clear();
            status.set(PropertyStatus.PLANNED);
            buildingType.set(BuildingType.BLOCK_OF_FLATS);
            original.set(null);
            title.set(messages.get("props.form.newTitle"));
            open.set(true);
        } finally {
            loading = false;
        }
        serverErrors = Map.of();
        validate();
        dirty.set(true);
    }

    /** Counts open, new and close requests; a load shows only while it is still the newest. */
    private long openRequest;

    private record Loaded(Property property, List<KitDistribution> kits, List<AuditEntry> history,
            List<Contact> contacts, List<SprayerLine> sprayers, List<District> districts,
            List<Organisation> organisations) {
    }

    /** Opens a stored property: the record, its kits, history, sprayers and the organisation's contacts, in one call. */
    public void open(long id) {
        open(id, null);
    }

    /**
     * Opens a stored property off the JavaFX thread. Works before the table has loaded (a link from
     * another view): the districts and organisations the form's lists need are then read too.
     */
    public void open(long id, Runnable then) {
        boolean needLookups = list.districts().isEmpty() && list.organisations().isEmpty();
        // the newest request wins: loads run on a pool of two threads and can finish in any order, so
        // an older open (e.g. a refresh reopening the previous property) could otherwise land last
        long request = ++openRequest;
        list.run(() -> {
            Property p = register.property(id).orElseThrow(() -> new EditConflictException("property", id, -1));
            List<Contact> cs = p.organisationId() == null ? List.of() : register.contacts(p.organisationId());
            return new Loaded(p, register.kitDistributions(id), register.history("property", id), cs,
                    readSprayers(id), needLookups ? register.districts() : null,
                    needLookups ? register.organisations() : null);
        }, l -> {
            if (l.districts() != null) {
                list.setLookups(l.districts(), l.organisations());
            }
            if (request != openRequest) {
                return;
            }
            show(l);
            if (then != null) {
                then.run();
            }
        });
    }

    /** Reads the property's sprayers again (after one was added in the sprayer editor). */
    public void reloadSprayers() {
        Property p = original.get();
        if (p == null) {
            return;
        }
        long id = p.meta().id();
        list.run(() -> readSprayers(id), lines -> {
            if (original.get() != null && original.get().meta().id() == id) {
                sprayers.setAll(lines);
            }
        });
    }

    /** Runs off the JavaFX thread: the sprayers with their status and next service as of today. */
    private List<SprayerLine> readSprayers(long propertyId) {
        var service = list.services().sprayers();
        LocalDate today = service.today();
        int horizon = list.services().settings().current().warningHorizonDays();
        List<SprayerLine> out = new ArrayList<>();
        for (SprayerSummary s : service.summariesOfProperty(propertyId)) {
            SprayerCondition c = s.condition(today, horizon);
            String placement = messages.label(s.placement());
            if (!Text.isBlank(s.location())) {
                placement = placement + " · " + s.location();
            }
            out.add(new SprayerLine(s.id(), s.serial(), placement, messages.label(c.status()), c.status(),
                    c.nextService() == null ? "" : c.nextService().toString()));
        }
        return out;
    }

    private void show(Loaded l) {
        Property p = l.property();
        loading = true;
        try {
            clear();
            contacts.setAll(l.contacts());
            fill(p);
            kits.setAll(l.kits());
            history.setAll(historyLines(l.history()));
            sprayers.setAll(l.sprayers());
            original.set(p);
            title.set(p.designation());
            open.set(true);
        } finally {
            loading = false;
        }
        serverErrors = Map.of();
        validate();
        updateCoverage();
        dirty.set(false);
    }

    private void fill(Property p) {
        designation.set(nz(p.designation()));
        name.set(nz(p.name()));
        streetAddress.set(nz(p.streetAddress()));
        postalCode.set(nz(p.postalCode()));
        postTown.set(nz(p.postTown()));
        district.set(find(list.districts(), p.districtId()));
        organisation.set(findOrg(p.organisationId()));
        contact.set(p.contactId() == null ? null
                : contacts.stream().filter(c -> p.contactId().equals(c.meta().id())).findFirst().orElse(null));
        latitude.set(decimalText(p.latitude()));
        longitude.set(decimalText(p.longitude()));
        buildingType.set(p.buildingType());
        dwellings.set(String.valueOf(p.dwellings()));
        signs.set(String.valueOf(p.signs()));
        stickers.set(String.valueOf(p.stickers()));
        neighbourhoodWatch.set(p.neighbourhoodWatch());
        programmePhase.set(nz(p.programmePhase()));
        status.set(p.status());
        notes.set(nz(p.notes()));
    }

    public void close() {
        openRequest++;
        loading = true;
        try {
            clear();
            original.set(null);
            open.set(false);
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    private void clear() {
        for (StringProperty s : List.of(designation, name, streetAddress, postalCode, postTown, latitude, longitude,
                programmePhase, notes)) {
            s.set("");
        }
        dwellings.set("0");
        signs.set("0");
        stickers.set("0");
        district.set(null);
        organisation.set(null);
        contact.set(null);
        buildingType.set(null);
        status.set(null);
        neighbourhoodWatch.set(false);
        kits.clear();
        removedKits.clear();
        history.clear();
        sprayers.clear();
        contacts.clear();
        clearKitEditor();
        errors.clear();
    }

    private District find(List<District> ds, Long id) {
        return id == null ? null : ds.stream().filter(d -> id.equals(d.meta().id())).findFirst().orElse(null);
    }

    private Organisation findOrg(Long id) {
        return id == null ? null
                : list.organisations().stream().filter(o -> id.equals(o.meta().id())).findFirst().orElse(null);
    }

    private void organisationChanged(Organisation before, Organisation after) {
        if (loading) {
            return;
        }
        if (contact.get() != null && (after == null || contact.get().organisationId() != after.meta().id())) {
            contact.set(null);
        }
        contacts.clear();
        if (after != null) {
            long orgId = after.meta().id();
            list.run(() -> register.contacts(orgId), cs -> {
                if (organisation.get() != null && organisation.get().meta().id() == orgId) {
                    contacts.setAll(cs);
                }
            });
        }
    }

    // ---- validation ----------------------------------------------------------------------------

    private void fieldChanged() {
        if (loading) {
            return;
        }
        dirty.set(true);
        serverErrors = Map.of();
        validate();
        updateCoverage();
    }

    /** Recomputes the problems per field from the draft, in the user's language. */
    void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        Property draft = draft(found);
        for (Problem p : draft.validate()) {
            found.putIfAbsent(p.field(), messages.problem(p));
        }
        if (!open.get() && !loading) {
            found.clear();
        }
        found.putAll(serverErrors);
        if (!found.equals(errors)) {
            errors.clear();
            errors.putAll(found);
        }
    }

    /** The property as the form now describes it; text that does not parse is reported in {@code parseErrors}. */
    Property draft(Map<String, String> parseErrors) {
        Property o = original.get();
        String postal = Text.blankToNull(postalCode.get());
        if (postal != null) {
            postal = PostalCode.normalise(postal).orElse(postal);
        }
        return new Property(o == null ? RecordMeta.NEW : o.meta(), Text.blankToNull(designation.get()),
                Text.blankToNull(name.get()), Text.blankToNull(streetAddress.get()), postal,
                Text.blankToNull(postTown.get()), district.get() == null ? null : district.get().meta().id(),
                organisation.get() == null ? null : organisation.get().meta().id(),
                contact.get() == null ? null : contact.get().meta().id(),
                decimal("latitude", latitude.get(), parseErrors), decimal("longitude", longitude.get(), parseErrors),
                buildingType.get(), integer("dwellings", dwellings.get(), parseErrors),
                integer("signs", signs.get(), parseErrors), integer("stickers", stickers.get(), parseErrors),
                neighbourhoodWatch.get(), Text.blankToNull(programmePhase.get()), status.get(),
                Text.blankToNull(notes.get()));
    }

    private int integer(String field, String text, Map<String, String> errs) {
        String t = text == null ? "" : text.replaceAll("[\\s\\u00a0]", "");
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            errs.put(field, messages.get("props.validation.integer"));
            return 0;
        }
    }

    private Double decimal(String field, String text, Map<String, String> errs) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            errs.put(field, messages.get("props.validation.decimal"));
            return null;
        }
    }

    private void updateCoverage() {
        int households;
        try {
            households = Integer.parseInt(dwellings.get() == null ? "" : dwellings.get().replaceAll("\\s", ""));
        } catch (NumberFormatException e) {
            households = 0;
        }
        int handedOut = kits.stream().mapToInt(KitDistribution::kitsHandedOut).sum();
        OptionalDouble c = Coverage.of(handedOut, households);
        coverageText.set(c.isPresent()
                ? messages.get("props.form.coverageValue", c.getAsDouble(), handedOut, households)
                : messages.get("props.form.coverageNone", handedOut));
    }

    // ---- kit distributions ---------------------------------------------------------------------

    /** Starts a new kit distribution in the inline editor: today, expiring in twelve months. */
    public void newKit() {
        clearKitEditor();
        LocalDate today = LocalDate.now(list.services().clock());
        kitDate.set(today);
        kitExpires.set(KitDistribution.defaultExpiry(today, 12));
    }

    public void editKit(KitDistribution k) {
        editingKit.set(k);
        kitDate.set(k.date());
        kitSupplier.set(nz(k.supplier()));
        kitDelivered.set(String.valueOf(k.kitsDelivered()));
        kitHandedOut.set(String.valueOf(k.kitsHandedOut()));
        kitRegistered.set(k.kitsRegistered() == null ? "" : String.valueOf(k.kitsRegistered()));
        kitCodes.set(nz(k.codes()));
        kitExpires.set(k.expires());
        validateKit();
    }

    public void removeKit(KitDistribution k) {
        int i = kits.indexOf(k);
        if (i >= 0) {
            kits.remove(i);
            if (!k.meta().isNew()) {
                removedKits.add(k);
            }
        }
        if (k.equals(editingKit.get())) {
            clearKitEditor();
        }
    }

    /** Takes the kit editor's values into the list (added, or replacing the one being edited). */
    public boolean applyKit() {
        KitDistribution k = kitDraft(true);
        if (k == null) {
            return false;
        }
        KitDistribution editing = editingKit.get();
        int i = editing == null ? -1 : kits.indexOf(editing);
        if (i >= 0) {
            kits.set(i, k);
        } else {
            kits.add(k);
        }
        clearKitEditor();
        return true;
    }

    public void clearKitEditor() {
        editingKit.set(null);
        kitDate.set(null);
        kitSupplier.set("");
        kitDelivered.set("");
        kitHandedOut.set("");
        kitRegistered.set("");
        kitCodes.set("");
        kitExpires.set(null);
        kitErrors.clear();
    }

    private void validateKit() {
        kitDraft(false);
    }

    private KitDistribution kitDraft(boolean reportAll) {
        Map<String, String> found = new LinkedHashMap<>();
        KitDistribution editing = editingKit.get();
        long propertyId = original.get() == null ? 0 : original.get().meta().id();
        Integer registered = Text.isBlank(kitRegistered.get()) ? null
                : integer("kitsRegistered", kitRegistered.get(), found);
        KitDistribution k = new KitDistribution(editing == null ? RecordMeta.NEW : editing.meta(), propertyId,
                kitDate.get(), Text.blankToNull(kitSupplier.get()), integer("kitsDelivered", kitDelivered.get(), found),
                integer("kitsHandedOut", kitHandedOut.get(), found), registered, Text.blankToNull(kitCodes.get()),
                kitExpires.get());
        for (Problem p : k.validate()) {
            found.putIfAbsent(p.field(), messages.problem(p));
        }
        boolean untouched = kitDate.get() == null && Text.isBlank(kitSupplier.get()) && Text.isBlank(kitDelivered.get())
                && Text.isBlank(kitHandedOut.get());
        kitErrors.clear();
        if (!untouched || reportAll) {
            kitErrors.putAll(found);
        }
        return found.isEmpty() ? k : null;
    }

    // ---- saving --------------------------------------------------------------------------------

    /** Saves the property and its kit distributions in one transaction. */
    public void save(Runnable then) {
        Map<String, String> parse = new LinkedHashMap<>();
        Property draft = draft(parse);
        if (!parse.isEmpty() || !errors.isEmpty()) {
            return;
        }
        save(draft, then);
    }

    private void save(Property draft, Runnable then) {
        Property before = original.get();
        List<KitDistribution> kitList = List.copyOf(kits);
        List<KitDistribution> removed = List.copyOf(removedKits);
        list.run(() -> register.savePropertyWithKits(draft, kitList, removed), saved -> {
            if (before != null) {
                list.pushEditUndo(before, saved);
            }
            long id = saved.meta().id();
            list.refreshRows(List.of(id));
            list.notice(messages.get(before == null ? "props.notice.created" : "props.notice.saved",
                    saved.designation()), false);
            open(id, then);
        }, e -> {
            if (e instanceof ValidationException v) {
                Map<String, String> m = new LinkedHashMap<>();
                for (Problem p : v.problems()) {
                    m.putIfAbsent(p.field(), messages.problem(p));
                }
                serverErrors = m;
                validate();
                list.notice(messages.get("props.notice.notSaved"), true);
            } else if (e instanceof EditConflictException && draft.meta().id() != null) {
                long id = draft.meta().id();
                list.run(() -> register.property(id).orElse(null), theirs -> {
                    if (theirs == null) {
                        list.notice(messages.get("props.error.goneMeanwhile", draft.designation()), true);
                    } else {
                        conflict.set(new Conflict(draft, theirs, differences(draft, theirs)));
                    }
                });
            } else {
                list.fail(e);
            }
        });
    }

    /** Conflict: throw away this user's edit and show the stored version. */
    public void reloadTheirs() {
        Conflict c = conflict.get();
        conflict.set(null);
        if (c != null) {
            open(c.theirs().meta().id());
        }
    }

    /** Conflict: save this user's values on top of the stored version (its edit stays in the history). */
    public void overwrite(Runnable then) {
        Conflict c = conflict.get();
        conflict.set(null);
        if (c != null) {
            original.set(c.theirs());
            save(c.mine().withMeta(c.theirs().meta()), then);
        }
    }

    /**
     * Conflict: decide later. The form keeps this user's values; saving again meets the same
     * stored version and asks again, so nothing is lost while the user compares.
     */
    public void keepEditing() {
        conflict.set(null);
        list.notice(messages.get("props.notice.conflictOpen"), true);
    }

    /** The fields where two versions of a property differ, as the user reads them. */
    List<FieldDiff> differences(Property mine, Property theirs) {
        Map<String, String> a = display(mine);
        Map<String, String> b = display(theirs);
        List<FieldDiff> out = new ArrayList<>();
        for (String col : COLUMNS) {
            if (!Objects.equals(a.get(col), b.get(col))) {
                out.add(new FieldDiff(fieldLabel(col), a.get(col), b.get(col)));
            }
        }
        return out;
    }

    private Map<String, String> display(Property p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("designation", p.designation());
        m.put("name", p.name());
        m.put("street_address", p.streetAddress());
        m.put("postal_code", p.postalCode());
        m.put("post_town", p.postTown());
        m.put("district_id", value("district_id", p.districtId() == null ? null : String.valueOf(p.districtId())));
        m.put("organisation_id",
                value("organisation_id", p.organisationId() == null ? null : String.valueOf(p.organisationId())));
        m.put("contact_id", value("contact_id", p.contactId() == null ? null : String.valueOf(p.contactId())));
        m.put("latitude", p.latitude() == null ? null : String.valueOf(p.latitude()));
        m.put("longitude", p.longitude() == null ? null : String.valueOf(p.longitude()));
        m.put("building_type", messages.label(p.buildingType()));
        m.put("dwellings", String.valueOf(p.dwellings()));
        m.put("signs", String.valueOf(p.signs()));
        m.put("stickers", String.valueOf(p.stickers()));
        m.put("neighbourhood_watch", messages.get("bool." + p.neighbourhoodWatch()));
        m.put("programme_phase", p.programmePhase());
        m.put("status", messages.label(p.status()));
        m.put("notes", p.notes());
        return m;
    }

    // ---- history -------------------------------------------------------------------------------

    List<HistoryLine> historyLines(List<AuditEntry> entries) {
        List<HistoryLine> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            String at = e.at() == null ? "" : WHEN.format(e.at().atZone(ZoneId.systemDefault()));
            String action = messages.get("props.history.action." + e.action());
            if (e.changes().isEmpty()) {
                out.add(new HistoryLine(at, e.who(), action, "", ""));
            }
            for (FieldChange fc : e.changes()) {
                out.add(new HistoryLine(at, e.who(), fieldLabel(fc.field()), value(fc.field(), fc.oldValue()),
                        value(fc.field(), fc.newValue())));
            }
        }
        return out;
    }

    /** The label of a property field given by its database column name. */
    String fieldLabel(String column) {
        String key = "props.field." + column;
        return messages.has(key) ? messages.get(key) : column;
    }

    /** A stored value as the user reads it: names for ids, labels for codes, Ja/Nej for flags. */
    String value(String column, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        try {
            switch (column) {
                case "district_id": {
                    District d = find(list.districts(), Long.valueOf(raw));
                    return d == null ? raw : d.name();
                }
                case "organisation_id": {
                    Organisation o = findOrg(Long.valueOf(raw));
                    return o == null ? raw : o.name();
                }
                case "contact_id": {
                    long id = Long.parseLong(raw);
                    return contacts.stream().filter(c -> c.meta().id() == id).map(Contact::name).findFirst()
                            .orElse("#" + raw);
                }
                case "status":
                    return messages.label(PropertyStatus.valueOf(raw));
                case "building_type":
                    return messages.label(BuildingType.valueOf(raw));
                case "neighbourhood_watch":
                    return messages.get("bool." + ("1".equals(raw) || "true".equalsIgnoreCase(raw)));
                default:
                    return raw;
            }
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /** A coordinate as the user writes it: decimal comma in Swedish (both parse back). */
    private String decimalText(Double d) {
        if (d == null) {
            return "";
        }
        String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return messages.isEnglish() ? text : text.replace('.', ',');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- accessors -----------------------------------------------------------------------------

    public StringProperty designationProperty() { return designation; }
    public StringProperty nameProperty() { return name; }
    public StringProperty streetAddressProperty() { return streetAddress; }
    public StringProperty postalCodeProperty() { return postalCode; }
    public StringProperty postTownProperty() { return postTown; }
    public ObjectProperty<District> districtProperty() { return district; }
    public ObjectProperty<Organisation> organisationProperty() { return organisation; }
    public ObjectProperty<Contact> contactProperty() { return contact; }
    public StringProperty latitudeProperty() { return latitude; }
    public StringProperty longitudeProperty() { return longitude; }
    public ObjectProperty<BuildingType> buildingTypeProperty() { return buildingType; }
    public StringProperty dwellingsProperty() { return dwellings; }
    public StringProperty signsProperty() { return signs; }
    public StringProperty stickersProperty() { return stickers; }
    public BooleanProperty neighbourhoodWatchProperty() { return neighbourhoodWatch; }
    public StringProperty programmePhaseProperty() { return programmePhase; }
    public ObjectProperty<PropertyStatus> statusProperty() { return status; }
    public StringProperty notesProperty() { return notes; }

    public ObservableList<KitDistribution> kits() { return kits; }
    public ObjectProperty<KitDistribution> editingKitProperty() { return editingKit; }
    public ObjectProperty<LocalDate> kitDateProperty() { return kitDate; }
    public StringProperty kitSupplierProperty() { return kitSupplier; }
    public StringProperty kitDeliveredProperty() { return kitDelivered; }
    public StringProperty kitHandedOutProperty() { return kitHandedOut; }
    public StringProperty kitRegisteredProperty() { return kitRegistered; }
    public StringProperty kitCodesProperty() { return kitCodes; }
    public ObjectProperty<LocalDate> kitExpiresProperty() { return kitExpires; }
    public ObservableMap<String, String> kitErrors() { return kitErrors; }

    public ObservableList<Contact> contacts() { return contacts; }
    public ObservableList<HistoryLine> history() { return history; }
    public ObservableList<SprayerLine> sprayers() { return sprayers; }
    public ObservableMap<String, String> errors() { return errors; }
    public BooleanBinding validBinding() { return valid; }
    public BooleanBinding canSaveBinding() { return canSave; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public BooleanProperty openProperty() { return open; }
    public ObjectProperty<Property> originalProperty() { return original; }
    public ObjectProperty<Conflict> conflictProperty() { return conflict; }
    public ReadOnlyStringProperty coverageTextProperty() { return coverageText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public PropertyListViewModel list() { return list; }
}
