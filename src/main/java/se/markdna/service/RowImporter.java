package se.markdna.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationNumber;
import se.markdna.domain.register.OrganisationType;
import se.markdna.domain.register.PostalCode;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.settings.Settings;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.io.interchange.RowReader;
import se.markdna.io.interchange.Sheet;
import se.markdna.persistence.BulkInserter;
import se.markdna.persistence.CrudRepository;
import se.markdna.persistence.Repositories;

/**
 * Turns one interchange row into a stored record: finds the existing record by its natural key,
 * takes the file's values over it (columns the file lacks keep their stored values), resolves
 * references by name, organisation number or designation, validates and saves. Runs inside the
 * import's transaction.
 * <p>
 * References and natural keys are looked up in maps read once per sheet, not by a query per row:
 * with 100,000 rows the four lookups of a property row were most of the import's time. The maps
 * follow every row this importer writes, and are read again at the start of each sheet, so they
 * see exactly what the database would answer inside the transaction.
 */
final class RowImporter {

    private final Repositories repos;
    private final SprayerService sprayers;
    private final Settings settings;
    private final LocalDate today;
    private final Set<Long> sprayersWithNewEvents = new LinkedHashSet<>();

    // per-sheet caches (null = not read yet for this sheet); keys as the columns compare them
    private Map<String, District> districtsByName;
    private Map<String, Organisation> organisationsByNumber;
    private Map<String, Contact> contactsByKey;
    private Map<String, Long> propertyIdsByDesignation;
    private Map<String, Long> sprayerIdsBySerial;
    private Map<String, Long> solutionCodeIdsByCode;
    private final NewRows<Property> newProperties;
    private final NewRows<KitDistribution> newKits;
    private final NewRows<Sprayer> newSprayers;
    private final NewRows<SprayerEvent> newEvents;
    /**
     * Properties and sprayers this import created and that have no kit distributions or events
     * yet: looking such a child up by its key can only find nothing, so the query is skipped.
     */
    private final Set<Long> newPropertiesWithoutKits = new HashSet<>();
    private final Set<Long> newSprayersWithoutEvents = new HashSet<>();

    RowImporter(Repositories repos, SprayerService sprayers, Settings settings, LocalDate today) {
        this.repos = repos;
        this.sprayers = sprayers;
        this.settings = settings;
        this.today = today;
        this.newProperties = new NewRows<>(repos.properties);
        this.newKits = new NewRows<>(repos.kitDistributions);
        this.newSprayers = new NewRows<>(repos.sprayers);
        this.newEvents = new NewRows<>(repos.sprayerEvents);
    }

    /**
     * The new rows of a large table in one sheet go through one bulk inserter; it is dropped at
     * the next sheet, because other writers may have inserted rows in between.
     */
    private static final class NewRows<T extends Entity> {
        private final CrudRepository<T> repository;
        private BulkInserter<T> inserter;

        NewRows(CrudRepository<T> repository) {
            this.repository = repository;
        }

        T insert(Connection c, T entity) throws SQLException {
            if (inserter == null) {
                inserter = repository.bulkInserter(c);
            }
            return inserter.insert(entity);
        }

        void forget() {
            inserter = null;
        }
    }

    String naturalKey(Sheet sheet, RowReader r) {
        return switch (sheet) {
            case DISTRICTS -> key(r.raw("name"));
            case ORGANISATIONS -> key(orgNumber(r.raw("organisationNumber")));
            case CONTACTS -> key(orgNumber(r.raw("organisationNumber")), r.raw("name"));
            case PROPERTIES -> key(r.raw("designation"));
            case KIT_DISTRIBUTIONS -> key(r.raw("designation"), r.raw("date"), r.raw("supplier"));
            case SPRAYERS -> key(r.raw("serial"));
            case SPRAYER_EVENTS -> key(r.raw("serial"), r.raw("date"), r.raw("kind"));
            case ROLLOUT_SITES -> key(r.raw("name"), r.raw("district"));
        };
    }

    private static String key(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (b.length() > 0) {
                b.append(" | ");
            }
            b.append(p == null ? "" : p.strip().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /**
     * Forgets the lookups before a sheet: the previous sheet may have written rows through
     * another service (sprayers) that the maps did not see.
     */
    void startSheet() {
        districtsByName = null;
        organisationsByNumber = null;
        contactsByKey = null;
        propertyIdsByDesignation = null;
        sprayerIdsBySerial = null;
        solutionCodeIdsByCode = null;
        newProperties.forget();
        newKits.forget();
        newSprayers.forget();
        newEvents.forget();
    }

    /**
     * SQLite's NOCASE collation folds ASCII letters only; the map keys fold the same way, so a
     * lookup matches exactly what {@code WHERE column = ?} on a NOCASE column matches.
     */
    static String nocase(String s) {
        if (s == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return chars == null ? s : new String(chars);
    }

    private Map<String, District> districts(Connection c) throws SQLException {
        if (districtsByName == null) {
            districtsByName = new HashMap<>();
            for (District d : repos.districts.findAll(c)) {
                districtsByName.put(nocase(d.name()), d);
            }
        }
        return districtsByName;
    }

    private Map<String, Organisation> organisations(Connection c) throws SQLException {
        if (organisationsByNumber == null) {
            organisationsByNumber = new HashMap<>();
            for (Organisation o : repos.organisations.findAll(c)) {
                organisationsByNumber.put(o.organisationNumber(), o);
            }
        }
        return organisationsByNumber;
    }

    private static String contactKey(long organisationId, String name) {
        return organisationId + "\u0000" + name;
    }

    private Map<String, Contact> contacts(Connection c) throws SQLException {
        if (contactsByKey == null) {
            contactsByKey = new HashMap<>();
            for (Contact ct : repos.contacts.findAll(c)) {
                contactsByKey.put(contactKey(ct.organisationId(), ct.name()), ct);
            }
        }
        return contactsByKey;
    }

    private Map<String, Long> propertyIds(Connection c) throws SQLException {
        if (propertyIdsByDesignation == null) {
            propertyIdsByDesignation = new HashMap<>();
            repos.properties.forEachDesignation(c, (id, designation) ->
                    propertyIdsByDesignation.put(nocase(designation), id));
        }
        return propertyIdsByDesignation;
    }

    private Map<String, Long> sprayerIds(Connection c) throws SQLException {
        if (sprayerIdsBySerial == null) {
            sprayerIdsBySerial = new HashMap<>();
            repos.sprayers.forEachSerial(c, (id, serial) -> sprayerIdsBySerial.put(nocase(serial), id));
        }
        return sprayerIdsBySerial;
    }

    private Optional<District> findDistrict(Connection c, String name) throws SQLException {
        return Optional.ofNullable(districts(c).get(nocase(name)));
    }

    private Optional<Organisation> findOrganisation(Connection c, String number) throws SQLException {
        return Optional.ofNullable(organisations(c).get(number));
    }

    private Optional<Contact> findContact(Connection c, Long organisationId, String name) throws SQLException {
        return organisationId == null ? Optional.empty()
                : Optional.ofNullable(contacts(c).get(contactKey(organisationId, name)));
    }

    private Optional<Property> findProperty(Connection c, String designation) throws SQLException {
        Long id = propertyIds(c).get(nocase(designation));
        return id == null ? Optional.empty() : repos.properties.find(c, id);
    }

    private Optional<Sprayer> findSprayer(Connection c, String serial) throws SQLException {
        Long id = sprayerIds(c).get(nocase(serial));
        return id == null ? Optional.empty() : repos.sprayers.find(c, id);
    }

    ImportReport.Outcome importRow(Connection c, Sheet sheet, RowReader r) throws SQLException {
        ImportReport.Outcome outcome = switch (sheet) {
            case DISTRICTS -> district(c, r);
            case ORGANISATIONS -> organisation(c, r);
            case CONTACTS -> contact(c, r);
            case PROPERTIES -> property(c, r);
            case KIT_DISTRIBUTIONS -> kitDistribution(c, r);
            case SPRAYERS -> sprayer(c, r);
            case SPRAYER_EVENTS -> sprayerEvent(c, r);
            case ROLLOUT_SITES -> rolloutSite(c, r);
        };
        return outcome;
    }

    /** After the events sheet: derived figures of every sprayer that got events, once each. */
    void finishSheet(Connection c, Sheet sheet) throws SQLException {
        if (sheet != Sheet.SPRAYER_EVENTS) {
            return;
        }
        for (long id : sprayersWithNewEvents) {
            Optional<Sprayer> s = repos.sprayers.find(c, id);
            if (s.isPresent()) {
                sprayers.refreshFigures(c, s.get(), settings);
            }
        }
        sprayersWithNewEvents.clear();
    }

    private ImportReport.Outcome district(Connection c, RowReader r) throws SQLException {
        Optional<District> existing = findDistrict(c, r.raw("name"));
        District e = existing.orElse(null);
        District d = new District(meta(e), r.text("name", e == null ? null : e.name()),
                r.enumValue("mainArea", MainArea.class, e == null ? null : e.mainArea()),
                r.enumValue("kind", DistrictKind.class, e == null ? null : e.kind()),
                r.count("households", e == null ? 0 : e.households()),
                r.real("latitude", e == null ? null : e.latitude()), r.real("longitude", e == null ? null : e.longitude()),
                r.real("safetyIndex", e == null ? null : e.safetyIndex()),
                r.count("burglaries12Months", e == null ? 0 : e.burglaries12Months()),
                r.flag("priority", e != null && e.priority()),
                r.text("priorityReason", e == null ? null : e.priorityReason()));
        check(r, d.validate());
        District saved = d.meta().isNew() ? repos.districts.insert(c, d) : repos.districts.update(c, d);
        if (e != null) {
            districts(c).remove(nocase(e.name()));
        }
        districts(c).put(nocase(saved.name()), saved);
        return save(e, saved);
    }

    private ImportReport.Outcome organisation(Connection c, RowReader r) throws SQLException {
        String number = orgNumber(r.raw("organisationNumber"));
        Organisation e = findOrganisation(c, number).orElse(null);
        Organisation o = new Organisation(meta(e), number, r.text("name", e == null ? null : e.name()),
                r.enumValue("type", OrganisationType.class, e == null ? null : e.type()));
        check(r, o.validate());
        Organisation saved = o.meta().isNew() ? repos.organisations.insert(c, o) : repos.organisations.update(c, o);
        organisations(c).put(saved.organisationNumber(), saved);
        return save(e, saved);
    }

    private ImportReport.Outcome contact(Connection c, RowReader r) throws SQLException {
        List<Problem> refs = new ArrayList<>();
        Long orgId = organisationId(c, r.raw("organisationNumber"), "organisationId", refs);
        if (orgId == null) {
            check(r, refs);
        }
        Contact e = findContact(c, orgId, r.raw("name")).orElse(null);
        Contact ct = new Contact(meta(e), orgId, r.text("name", e == null ? null : e.name()),
                r.text("role", e == null ? null : e.role()), r.text("phone", e == null ? null : e.phone()),
                r.text("email", e == null ? null : e.email()), e == null ? null : e.retentionNote());
        check(r, ct.validate());
        Contact saved = ct.meta().isNew() ? repos.contacts.insert(c, ct) : repos.contacts.update(c, ct);
        if (e != null) {
            contacts(c).remove(contactKey(e.organisationId(), e.name()));
        }
        contacts(c).put(contactKey(saved.organisationId(), saved.name()), saved);
        return save(e, saved);
    }

    private ImportReport.Outcome property(Connection c, RowReader r) throws SQLException {
        Property e = findProperty(c, r.raw("designation")).orElse(null);
        List<Problem> refs = new ArrayList<>();
        Long districtId = r.has("district") ? districtId(c, r.raw("district"), refs)
                : e == null ? null : e.districtId();
        Long orgId = r.has("organisationNumber")
                ? optionalOrganisationId(c, r.raw("organisationNumber"), refs) : e == null ? null : e.organisationId();
        Long contactId = e == null ? null : e.contactId();
        if (r.has("contact")) {
            String name = r.raw("contact");
            contactId = null;
            if (!name.isEmpty() && orgId != null) {
                contactId = findContact(c, orgId, name).map(Contact::id).orElse(null);
                if (contactId == null) {
                    refs.add(Problem.of("contactId", "validation.unknownReference", name));
                }
            }
        }
        String postal = r.text("postalCode", e == null ? null : e.postalCode());
        Property p = new Property(meta(e), r.text("designation", e == null ? null : e.designation()),
                r.text("name", e == null ? null : e.name()),
                r.text("streetAddress", e == null ? null : e.streetAddress()),
                postalCode(postal),
                r.text("postTown", e == null ? null : e.postTown()), districtId, orgId, contactId,
                r.real("latitude", e == null ? null : e.latitude()), r.real("longitude", e == null ? null : e.longitude()),
                r.enumValue("buildingType", BuildingType.class, e == null ? null : e.buildingType()),
                r.count("dwellings", e == null ? 0 : e.dwellings()), r.count("signs", e == null ? 0 : e.signs()),
                r.count("stickers", e == null ? 0 : e.stickers()),
                r.flag("neighbourhoodWatch", e != null && e.neighbourhoodWatch()),
                r.text("programmePhase", e == null ? null : e.programmePhase()),
                r.enumValue("status", PropertyStatus.class, e == null ? PropertyStatus.ACTIVE : e.status()),
                r.text("notes", e == null ? null : e.notes()));
        refs.addAll(p.validate());
        check(r, refs);
        Property saved = p.meta().isNew() ? newProperties.insert(c, p) : repos.properties.update(c, p);
        if (e != null) {
            propertyIds(c).remove(nocase(e.designation()));
        } else {
            newPropertiesWithoutKits.add(saved.id());
        }
        propertyIds(c).put(nocase(saved.designation()), saved.id());
        return save(e, saved);
    }

    private ImportReport.Outcome kitDistribution(Connection c, RowReader r) throws SQLException {
        List<Problem> refs = new ArrayList<>();
        Long propertyId = propertyId(c, r.raw("designation"), "propertyId", refs);
        LocalDate date = r.date("date", null);
        String supplier = r.text("supplier", null);
        if (!refs.isEmpty()) {
            check(r, refs);
        }
        KitDistribution e = date == null || supplier == null || newPropertiesWithoutKits.contains(propertyId) ? null
                : repos.kitDistributions.findByKey(c, propertyId, date, supplier).orElse(null);
        LocalDate expires = r.date("expires", e == null ? null : e.expires());
        if (expires == null && date != null) {
            expires = KitDistribution.defaultExpiry(date, settings.kitShelfLifeMonths());
        }
        KitDistribution k = new KitDistribution(meta(e), propertyId, date, supplier,
                r.count("kitsDelivered", e == null ? 0 : e.kitsDelivered()),
                r.count("kitsHandedOut", e == null ? 0 : e.kitsHandedOut()),
                r.integer("kitsRegistered", e == null ? null : e.kitsRegistered()),
                r.text("codes", e == null ? null : e.codes()), expires);
        check(r, k.validate());
        KitDistribution saved = k.meta().isNew() ? newKits.insert(c, k)
                : repos.kitDistributions.update(c, k);
        newPropertiesWithoutKits.remove(propertyId);
        return save(e, saved);
    }

    private ImportReport.Outcome sprayer(Connection c, RowReader r) throws SQLException {
        Sprayer e = findSprayer(c, r.raw("serial")).orElse(null);
        List<Problem> refs = new ArrayList<>();
        Long propertyId = r.has("designation") ? propertyId(c, r.raw("designation"), "propertyId", refs)
                : e == null ? null : e.propertyId();
        if (propertyId == null && refs.isEmpty()) {
            refs.add(Problem.of("propertyId", "validation.required"));
        }
        Integer interval = r.integer("serviceIntervalMonths",
                e == null ? settings.defaultServiceIntervalMonths() : e.serviceIntervalMonths());
        SprayerStatus status = r.enumValue("status", SprayerStatus.class, e == null ? SprayerStatus.ACTIVE : e.status());
        Sprayer s = new Sprayer(meta(e), propertyId == null ? 0 : propertyId,
                r.enumValue("placement", Placement.class, e == null ? null : e.placement()),
                r.text("location", e == null ? null : e.location()), r.text("make", e == null ? null : e.make()),
                r.text("model", e == null ? null : e.model()), r.text("serial", e == null ? null : e.serial()),
                r.text("solutionCode", e == null ? null : e.solutionCode()),
                r.enumValue("trigger", Trigger.class, e == null ? null : e.trigger()),
                r.date("installedOn", e == null ? null : e.installedOn()),
                r.text("installer", e == null ? null : e.installer()),
                r.date("cartridgeFilledOn", e == null ? null : e.cartridgeFilledOn()),
                interval == null ? settings.defaultServiceIntervalMonths() : interval,
                r.date("lastServiceOn", e == null ? null : e.lastServiceOn()),
                r.flag("warningSign", e != null && e.warningSign()),
                status == null ? null : status.stored(), r.text("notes", e == null ? null : e.notes()));
        check(r, refs);
        failOnCellProblems(r);
        Sprayer saved = saveSprayer(c, s);
        if (e != null) {
            sprayerIds(c).remove(nocase(e.serial()));
            solutionCodeIds(c).remove(nocase(e.solutionCode()));
        } else {
            newSprayersWithoutEvents.add(saved.meta().id());
        }
        sprayerIds(c).put(nocase(saved.serial()), saved.meta().id());
        solutionCodeIds(c).put(nocase(saved.solutionCode()), saved.meta().id());
        return save(e, saved);
    }

    /**
     * What {@link SprayerService#save(Connection, Sprayer, Settings)} does, with the uniqueness of
     * serial and solution code checked against the import's maps instead of two queries per row,
     * and a new sprayer's figures computed from its (empty) event list instead of reading it.
     */
    private Sprayer saveSprayer(Connection c, Sprayer s) throws SQLException {
        List<Problem> problems = new ArrayList<>(s.validate(today));
        Long self = s.meta().isNew() ? null : s.meta().id();
        if (s.serial() != null) {
            Long other = sprayerIds(c).get(nocase(s.serial()));
            if (other != null && !other.equals(self)) {
                problems.add(Problem.of("serial", "validation.uniqueSerial", storedSprayer(c, other).serial()));
            }
        }
        if (s.solutionCode() != null) {
            Long other = solutionCodeIds(c).get(nocase(s.solutionCode()));
            if (other != null && !other.equals(self)) {
                problems.add(Problem.of("solutionCode", "validation.uniqueSolutionCode",
                        storedSprayer(c, other).solutionCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (s.meta().isNew()) {
            Sprayer saved = newSprayers.insert(c, s);
            repos.sprayers.storeDerived(c, saved.meta().id(), SprayerService.figures(saved, List.of(), settings));
            return saved;
        }
        Sprayer saved = repos.sprayers.update(c, s);
        sprayers.refreshFigures(c, saved, settings);
        return saved;
    }

    private Sprayer storedSprayer(Connection c, long id) throws SQLException {
        return repos.sprayers.find(c, id).orElseThrow();
    }

    private Map<String, Long> solutionCodeIds(Connection c) throws SQLException {
        if (solutionCodeIdsByCode == null) {
            solutionCodeIdsByCode = new HashMap<>();
            repos.sprayers.forEachSolutionCode(c, (id, code) -> solutionCodeIdsByCode.put(nocase(code), id));
        }
        return solutionCodeIdsByCode;
    }

    private ImportReport.Outcome sprayerEvent(Connection c, RowReader r) throws SQLException {
        List<Problem> refs = new ArrayList<>();
        String serial = r.raw("serial");
        Long sprayerIdOrNull = serial.isEmpty() ? null : sprayerIds(c).get(nocase(serial));
        if (sprayerIdOrNull == null) {
            refs.add(Problem.of("sprayerId", serial.isEmpty() ? "validation.required" : "validation.unknownReference",
                    serial));
        }
        LocalDate date = r.date("date", null);
        EventKind kind = r.enumValue("kind", EventKind.class, null);
        if (!refs.isEmpty()) {
            check(r, refs);
        }
        long sprayerId = sprayerIdOrNull;
        SprayerEvent e = date == null || kind == null || newSprayersWithoutEvents.contains(sprayerId) ? null
                : repos.sprayerEvents.findByKey(c, sprayerId, date, kind).orElse(null);
        SprayerEvent ev = new SprayerEvent(meta(e), sprayerId, date, kind,
                r.text("policeCaseNumber", e == null ? null : e.policeCaseNumber()),
                r.decimal("cost", e == null ? null : e.cost()), r.text("note", e == null ? null : e.note()));
        check(r, ev.validate(today));
        SprayerEvent saved = ev.meta().isNew() ? newEvents.insert(c, ev) : repos.sprayerEvents.update(c, ev);
        sprayersWithNewEvents.add(sprayerId);
        newSprayersWithoutEvents.remove(sprayerId);
        return save(e, saved);
    }

    private ImportReport.Outcome rolloutSite(Connection c, RowReader r) throws SQLException {
        List<Problem> refs = new ArrayList<>();
        Long districtId = districtId(c, r.raw("district"), refs);
        check(r, refs);
        RolloutSite e = repos.rolloutSites.findByKey(c, r.raw("name"), districtId).orElse(null);
        Long orgId = r.has("organisationNumber")
                ? optionalOrganisationId(c, r.raw("organisationNumber"), refs) : e == null ? null : e.organisationId();
        RolloutSite s = new RolloutSite(meta(e), r.text("name", e == null ? null : e.name()), districtId,
                r.text("address", e == null ? null : e.address()),
                r.real("latitude", e == null ? null : e.latitude()), r.real("longitude", e == null ? null : e.longitude()),
                r.enumValue("siteType", BuildingType.class, e == null ? null : e.siteType()),
                r.count("dwellings", e == null ? 0 : e.dwellings()), orgId,
                r.text("reason", e == null ? null : e.reason()),
                r.count("burglaries12Months", e == null ? 0 : e.burglaries12Months()),
                r.count("plannedKits", e == null ? 0 : e.plannedKits()),
                r.count("plannedSprayers", e == null ? 0 : e.plannedSprayers()),
                r.count("plannedSigns", e == null ? 0 : e.plannedSigns()),
                r.text("plannedQuarter", e == null ? null : e.plannedQuarter()),
                r.enumValue("status", SiteStatus.class, e == null ? SiteStatus.PROPOSED : e.status()),
                e == null ? null : e.statusReason(), r.text("responsible", e == null ? null : e.responsible()),
                e == null ? null : e.propertyId(), r.text("notes", e == null ? null : e.notes()));
        refs.addAll(s.validate());
        check(r, refs);
        return save(e, s.meta().isNew() ? repos.rolloutSites.insert(c, s) : repos.rolloutSites.update(c, s));
    }

    private Long districtId(Connection c, String name, List<Problem> problems) throws SQLException {
        if (name.isEmpty()) {
            problems.add(Problem.of("districtId", "validation.required"));
            return null;
        }
        Optional<District> d = findDistrict(c, name);
        if (d.isEmpty()) {
            problems.add(Problem.of("districtId", "validation.unknownReference", name));
            return null;
        }
        return d.get().id();
    }

    private Long organisationId(Connection c, String raw, String field, List<Problem> problems) throws SQLException {
        if (raw.isEmpty()) {
            problems.add(Problem.of(field, "validation.required"));
            return null;
        }
        Optional<Organisation> o = findOrganisation(c, orgNumber(raw));
        if (o.isEmpty()) {
            problems.add(Problem.of(field, "validation.unknownReference", raw));
            return null;
        }
        return o.get().id();
    }

    private Long optionalOrganisationId(Connection c, String raw, List<Problem> problems) throws SQLException {
        return raw.isEmpty() ? null : organisationId(c, raw, "organisationId", problems);
    }

    private Long propertyId(Connection c, String designation, String field, List<Problem> problems)
            throws SQLException {
        if (designation.isEmpty()) {
            problems.add(Problem.of(field, "validation.required"));
            return null;
        }
        Long id = propertyIds(c).get(nocase(designation));
        if (id == null) {
            problems.add(Problem.of(field, "validation.unknownReference", designation));
            return null;
        }
        return id;
    }

    private String orgNumber(String raw) {
        // a register has a few hundred organisations and 100,000 rows naming them: normalise
        // (two regular expressions) once per distinct text
        if (raw == null) {
            return "";
        }
        return normalisedNumbers.computeIfAbsent(raw,
                k -> OrganisationNumber.normalise(k).orElse(k.strip()));
    }

    private String postalCode(String raw) {
        return raw == null ? null
                : normalisedPostalCodes.computeIfAbsent(raw, k -> PostalCode.normalise(k).orElse(k));
    }

    // small: bounded by the distinct organisation numbers and postal codes in the files
    private final Map<String, String> normalisedNumbers = new HashMap<>();
    private final Map<String, String> normalisedPostalCodes = new HashMap<>();

    private static RecordMeta meta(Entity existing) {
        return existing == null ? RecordMeta.NEW : existing.meta();
    }

    /**
     * Refuses the row when anything is wrong with it. Problems on a column whose cell could not be
     * read at all are dropped: the cell's own message already says what is wrong there.
     */
    private static void check(RowReader r, List<Problem> problems) {
        Set<String> bad = r.badKeys();
        List<Problem> kept = new ArrayList<>();
        for (Problem p : problems) {
            boolean alreadyReported = bad.contains(p.field());
            if (!alreadyReported) {
                kept.add(p);
            }
        }
        if (!kept.isEmpty() || !bad.isEmpty()) {
            throw new ValidationException(kept);
        }
    }

    private static void failOnCellProblems(RowReader r) {
        if (!r.badKeys().isEmpty()) {
            throw new ValidationException(List.of());
        }
    }

    private static ImportReport.Outcome save(Entity before, Entity after) {
        if (before == null) {
            return ImportReport.Outcome.NEW;
        }
        return after.meta().version() == before.meta().version() ? ImportReport.Outcome.UNCHANGED
                : ImportReport.Outcome.UPDATED;
    }
}
