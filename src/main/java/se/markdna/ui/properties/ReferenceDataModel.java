package se.markdna.ui.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.Text;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationNumber;
import se.markdna.domain.register.OrganisationType;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.service.RegisterService;

/**
 * Organisations with their contacts, and districts: lists and one form each, with problems shown
 * per field as the user types. No Nodes; database work through a {@link BackgroundRunner}.
 */
public final class ReferenceDataModel {

    private final RegisterService register;
    private final se.markdna.service.BackupService backups;
    private final boolean shared;
    private final Messages m;
    private final BackgroundRunner runner;
    private final StringProperty notice = new SimpleStringProperty();
    private final BooleanProperty noticeIsError = new SimpleBooleanProperty();

    final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    final ObservableList<District> districts = FXCollections.observableArrayList();
    final ObservableList<Contact> contacts = FXCollections.observableArrayList();

    // organisation form
    final ObjectProperty<Organisation> org = new SimpleObjectProperty<>();
    final BooleanProperty orgOpen = new SimpleBooleanProperty();
    final StringProperty orgNumber = new SimpleStringProperty("");
    final StringProperty orgName = new SimpleStringProperty("");
    final ObjectProperty<OrganisationType> orgType = new SimpleObjectProperty<>();
    final ObservableMap<String, String> orgErrors = FXCollections.observableHashMap();

    // contact form
    final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    final StringProperty contactName = new SimpleStringProperty("");
    final StringProperty contactRole = new SimpleStringProperty("");
    final StringProperty contactPhone = new SimpleStringProperty("");
    final StringProperty contactEmail = new SimpleStringProperty("");
    final StringProperty contactRetention = new SimpleStringProperty("");
    final ObservableMap<String, String> contactErrors = FXCollections.observableHashMap();

    // district form
    final ObjectProperty<District> district = new SimpleObjectProperty<>();
    final BooleanProperty districtOpen = new SimpleBooleanProperty();
    final StringProperty dName = new SimpleStringProperty("");
    final ObjectProperty<MainArea> dMainArea = new SimpleObjectProperty<>();
    final ObjectProperty<DistrictKind> dKind = new SimpleObjectProperty<>();
    final StringProperty dHouseholds = new SimpleStringProperty("0");
    final StringProperty dLatitude = new SimpleStringProperty("");
    final StringProperty dLongitude = new SimpleStringProperty("");
    final StringProperty dSafety = new SimpleStringProperty("");
    final StringProperty dBurglaries = new SimpleStringProperty("0");
    final BooleanProperty dPriority = new SimpleBooleanProperty();
    final StringProperty dReason = new SimpleStringProperty("");
    final ObservableMap<String, String> districtErrors = FXCollections.observableHashMap();

    private final javafx.beans.property.IntegerProperty running = new javafx.beans.property.SimpleIntegerProperty();
    private final BooleanBinding busy = running.greaterThan(0);
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private Runnable onChanged = () -> { };

    public ReferenceDataModel(AppServices services, Messages messages, BackgroundRunner runner) {
        this.register = services.register();
        this.backups = services.backups();
        this.shared = services.sharedDatabase();
        this.m = messages;
        this.runner = runner;
        for (Observable o : new Observable[] {orgNumber, orgName, orgType, orgOpen}) {
            o.addListener(x -> validateOrg());
        }
        for (Observable o : new Observable[] {contactName, contactRole, contactPhone, contactEmail, contactRetention, org}) {
            o.addListener(x -> validateContact());
        }
        for (Observable o : new Observable[] {dName, dMainArea, dKind, dHouseholds, dLatitude, dLongitude, dSafety,
            dBurglaries, dPriority, dReason, districtOpen}) {
            o.addListener(x -> validateDistrict());
        }
    }

    /** Runs after a save or delete so that the property view can reload its lists. */
    public void setOnChanged(Runnable r) {
        onChanged = r;
    }

    private record Lists(List<Organisation> organisations, List<District> districts) {
    }

    /** Reads the organisations and districts off the JavaFX thread. */
    public void load() {
        run(() -> new Lists(register.organisations(), register.districts()), lists -> {
            organisations.setAll(sortedByName(lists.organisations(), Organisation::name));
            districts.setAll(sortedByName(lists.districts(), District::name));
            loaded.set(true);
        }, this::fail);
    }

    private static <T> List<T> sortedByName(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(java.util.Comparator.comparing(x -> PropertyRow.key(name.apply(x)),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
    }

    // ---- organisations -------------------------------------------------------------------------

    public void newOrganisation() {
        org.set(null);
        orgNumber.set("");
        orgName.set("");
        orgType.set(OrganisationType.PRIVATE_LANDLORD);
        contacts.clear();
        clearContact();
        orgOpen.set(true);
    }

    public void openOrganisation(Organisation o) {
        org.set(o);
        orgNumber.set(o.organisationNumber());
        orgName.set(o.name());
        orgType.set(o.type());
        orgOpen.set(true);
        clearContact();
        long id = o.meta().id();
        run(() -> register.contacts(id), contacts::setAll, this::fail);
    }

    void validateOrg() {
        Map<String, String> e = new LinkedHashMap<>();
        if (orgOpen.get()) {
            for (Problem p : orgDraft().validate()) {
                e.putIfAbsent(p.field(), m.problem(p));
            }
        }
        orgErrors.clear();
        orgErrors.putAll(e);
    }

    private Organisation orgDraft() {
        String number = Text.blankToNull(orgNumber.get());
        return new Organisation(org.get() == null ? RecordMeta.NEW : org.get().meta(),
                number == null ? null : OrganisationNumber.normalise(number).orElse(number),
                Text.blankToNull(orgName.get()), orgType.get());
    }

    public void saveOrganisation() {
        if (!orgErrors.isEmpty()) {
            return;
        }
        Organisation draft = orgDraft();
        run(() -> register.saveOrganisation(draft), saved -> {
            replace(organisations, saved, o -> o.meta().id());
            org.set(saved);
            orgNumber.set(saved.organisationNumber());
            notice(m.get("ref.saved", saved.name()), false);
            onChanged.run();
        }, this::fail);
    }

    public void deleteOrganisation() {
        Organisation o = org.get();
        if (o == null) {
            return;
        }
        run(() -> {
            register.deleteOrganisation(o);
            return o;
        }, done -> {
            organisations.remove(o);
            orgOpen.set(false);
            org.set(null);
            notice(m.get("ref.deleted", o.name()), false);
            onChanged.run();
        }, e -> inUseOrFail(e, o.name()));
    }

    // ---- contacts ------------------------------------------------------------------------------

    public void newContact() {
        clearContact();
        contactName.set("");
    }

    public void openContact(Contact c) {
        contact.set(c);
        contactName.set(c.name());
        contactRole.set(c.role() == null ? "" : c.role());
        contactPhone.set(c.phone() == null ? "" : c.phone());
        contactEmail.set(c.email() == null ? "" : c.email());
        contactRetention.set(c.retentionNote() == null ? "" : c.retentionNote());
    }

    void clearContact() {
        contact.set(null);
        contactName.set("");
        contactRole.set("");
        contactPhone.set("");
        contactEmail.set("");
        contactRetention.set("");
        contactErrors.clear();
    }

    void validateContact() {
        Map<String, String> e = new LinkedHashMap<>();
        boolean touched = contact.get() != null || !Text.isBlank(contactName.get()) || !Text.isBlank(contactPhone.get())
                || !Text.isBlank(contactEmail.get()) || !Text.isBlank(contactRetention.get());
        if (touched && org.get() != null) {
            for (Problem p : contactDraft().validate()) {
                e.putIfAbsent(p.field(), m.problem(p));
            }
        }
        contactErrors.clear();
        contactErrors.putAll(e);
    }

    private Contact contactDraft() {
        Contact c = contact.get();
        return new Contact(c == null ? RecordMeta.NEW : c.meta(), org.get() == null ? 0 : org.get().meta().id(),
                Text.blankToNull(contactName.get()), Text.blankToNull(contactRole.get()),
                Text.blankToNull(contactPhone.get()), Text.blankToNull(contactEmail.get()),
                Text.blankToNull(contactRetention.get()));
    }

    public void saveContact() {
        if (org.get() == null || !contactErrors.isEmpty() || Text.isBlank(contactName.get())) {
            validateContact();
            return;
        }
        Contact draft = contactDraft();
        run(() -> register.saveContact(draft), saved -> {
            replace(contacts, saved, c -> c.meta().id());
            clearContact();
            notice(m.get("ref.saved", saved.name()), false);
        }, this::fail);
    }

    public void deleteContact(Contact c) {
        run(() -> {
            register.deleteContact(c);
            return c;
        }, done -> {
            contacts.remove(c);
            clearContact();
            notice(m.get("ref.deleted", c.name()), false);
        }, e -> inUseOrFail(e, c.name()));
    }

    /** The confirmation text for erasing a contact's personal data, naming the contact. */
    String eraseQuestion(Contact c) {
        return m.get("ref.contact.eraseQuestion", c.name(), org.get() == null ? "" : org.get().name());
    }

    /**
     * Erases the contact's name, phone and email from the register and its history (GDPR): the
     * row stays, so properties that point to it keep their link, but nobody can be identified.
     * The backups beside the database are cleaned too: whoever asks for erasure expects the data
     * gone, and a restore would not bring it back anyway.
     */
    public void eraseContact(Contact c) {
        long id = c.meta().id();
        String name = c.name();
        run(() -> {
            boolean erased = register.eraseContact(id);
            if (!erased) {
                return null;
            }
            if (!shared) {
                // a shared database's backups are on its server, out of the application's reach
                backups.eraseContactFromBackups(id);
            }
            return register.contacts(c.organisationId());
        }, fresh -> {
            if (fresh == null) {
                notice(m.get("ref.contact.eraseGone", name), true);
                return;
            }
            contacts.setAll(fresh);
            clearContact();
            notice(m.get("ref.contact.erased", name), false);
            onChanged.run();
        }, this::fail);
    }

    // ---- districts -----------------------------------------------------------------------------

    public void newDistrict() {
        district.set(null);
        dName.set("");
        dMainArea.set(MainArea.CENTRUM);
        dKind.set(DistrictKind.CITY_DISTRICT);
        dHouseholds.set("0");
        dLatitude.set("");
        dLongitude.set("");
        dSafety.set("");
        dBurglaries.set("0");
        dPriority.set(false);
        dReason.set("");
        districtOpen.set(true);
    }

    public void openDistrict(District d) {
        district.set(d);
        dName.set(d.name());
        dMainArea.set(d.mainArea());
        dKind.set(d.kind());
        dHouseholds.set(String.valueOf(d.households()));
        dLatitude.set(d.latitude() == null ? "" : String.valueOf(d.latitude()));
        dLongitude.set(d.longitude() == null ? "" : String.valueOf(d.longitude()));
        dSafety.set(d.safetyIndex() == null ? "" : String.valueOf(d.safetyIndex()));
        dBurglaries.set(String.valueOf(d.burglaries12Months()));
        dPriority.set(d.priority());
        dReason.set(d.priorityReason() == null ? "" : d.priorityReason());
        districtOpen.set(true);
    }

    void validateDistrict() {
        Map<String, String> e = new LinkedHashMap<>();
        if (districtOpen.get()) {
            District d = districtDraft(e);
            for (Problem p : d.validate()) {
                e.putIfAbsent(p.field(), m.problem(p));
            }
        }
        districtErrors.clear();
        districtErrors.putAll(e);
    }

    private District districtDraft(Map<String, String> e) {
        District d = district.get();
        return new District(d == null ? RecordMeta.NEW : d.meta(), Text.blankToNull(dName.get()), dMainArea.get(),
                dKind.get(), integer("households", dHouseholds.get(), e), decimal("latitude", dLatitude.get(), e),
                decimal("longitude", dLongitude.get(), e), decimal("safetyIndex", dSafety.get(), e),
                integer("burglaries12Months", dBurglaries.get(), e), dPriority.get(), Text.blankToNull(dReason.get()));
    }

    public void saveDistrict() {
        Map<String, String> e = new LinkedHashMap<>();
        District draft = districtDraft(e);
        if (!e.isEmpty() || !districtErrors.isEmpty()) {
            return;
        }
        run(() -> register.saveDistrict(draft), saved -> {
            replace(districts, saved, x -> x.meta().id());
            district.set(saved);
            notice(m.get("ref.saved", saved.name()), false);
            onChanged.run();
        }, this::fail);
    }

    public void deleteDistrict() {
        District d = district.get();
        if (d == null) {
            return;
        }
        run(() -> {
            register.deleteDistrict(d);
            return d;
        }, done -> {
            districts.remove(d);
            districtOpen.set(false);
            district.set(null);
            notice(m.get("ref.deleted", d.name()), false);
            onChanged.run();
        }, e -> inUseOrFail(e, d.name()));
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** Database work off the JavaFX thread, counted in {@link #busy()}. */
    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
            java.util.function.Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        runner.run(work, v -> {
            running.set(running.get() - 1);
            onSuccess.accept(v);
        }, e -> {
            running.set(running.get() - 1);
            onFailure.accept(e);
        });
    }

    /** True while database work runs. */
    public BooleanBinding busy() {
        return busy;
    }

    /** True once the lists have been read. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    private int integer(String field, String text, Map<String, String> e) {
        String t = text == null ? "" : text.replaceAll("[\\s\\u00a0]", "");
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException x) {
            e.put(field, m.get("props.validation.integer"));
            return 0;
        }
    }

    private Double decimal(String field, String text, Map<String, String> e) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException x) {
            e.put(field, m.get("props.validation.decimal"));
            return null;
        }
    }

    private static <T> void replace(ObservableList<T> list, T saved, java.util.function.Function<T, Long> id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(id.apply(saved))) {
                list.set(i, saved);
                return;
            }
        }
        list.add(saved);
    }

    private void inUseOrFail(Throwable e, String what) {
        if (e.getClass().getSimpleName().equals("ConstraintViolationException")) { // ui does not import persistence
            notice(m.get("ref.inUse", what), true);
        } else {
            fail(e);
        }
    }

    private void fail(Throwable e) {
        if (e instanceof se.markdna.service.ValidationException v) {
            StringBuilder b = new StringBuilder();
            for (Problem p : v.problems()) {
                b.append(b.length() == 0 ? "" : "; ").append(m.problem(p));
            }
            notice(b.toString(), true);
        } else if (e instanceof se.markdna.domain.EditConflictException) {
            notice(m.get("props.error.conflict"), true);
        } else {
            notice(m.get("props.error.unexpected", String.valueOf(e.getMessage())), true);
        }
    }

    private void notice(String text, boolean error) {
        noticeIsError.set(error);
        notice.set(null);
        notice.set(text);
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty noticeIsErrorProperty() {
        return noticeIsError;
    }

    BooleanBinding orgValid() {
        return Bindings.isEmpty(orgErrors).and(orgOpen);
    }

    BooleanBinding districtValid() {
        return Bindings.isEmpty(districtErrors).and(districtOpen);
    }
}
