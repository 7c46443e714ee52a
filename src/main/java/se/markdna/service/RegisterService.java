package se.markdna.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.markdna.domain.Problem;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationNumber;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertySummary;
import se.markdna.persistence.ConstraintViolationException;
import se.markdna.persistence.Database;
import se.markdna.persistence.RegisterQueries;
import se.markdna.persistence.Repositories;

/**
 * Use cases of the property register: districts, organisations, contacts, properties and kit
 * distributions. Every save validates first and runs in one transaction.
 */
public final class RegisterService {

    private final Database db;
    private final Repositories repos;
    private final RegisterQueries queries = new RegisterQueries();

    private final se.markdna.persistence.Actor actor;
    private final java.time.Clock clock;
    private static final String ALL = "all";
    private final PrefetchedRead<List<PropertySummary>> propertiesAhead;

    public RegisterService(Database db, Repositories repos, se.markdna.persistence.Actor actor,
            java.time.Clock clock) {
        this.db = db;
        this.repos = repos;
        this.actor = actor;
        this.clock = clock;
        this.propertiesAhead = new PrefetchedRead<>(db::changeCount);
    }

    /**
     * Reads the property list ahead, on the calling thread, for the next {@link #propertySummaries()}:
     * the GUI does so while the window is being built, so that the register's first screen does not
     * wait for 100,000 rows to be read after it.
     */
    public void prefetchPropertySummaries() {
        propertiesAhead.fill(ALL, () -> db.read(queries::properties));
    }

    /** Every property with its figures; the first call after {@link #prefetchPropertySummaries()} is served by it. */
    public List<PropertySummary> propertySummaries() {
        return propertiesAhead.take(ALL, () -> db.read(queries::properties));
    }

    public PropertySummary propertySummary(long id) {
        return db.read(c -> queries.property(c, id));
    }

    public List<District> districts() {
        return db.read(repos.districts::findAll);
    }

    public List<Organisation> organisations() {
        return db.read(repos.organisations::findAll);
    }

    public List<Contact> contacts(long organisationId) {
        return db.read(c -> repos.contacts.findByOrganisation(c, organisationId));
    }

    public Optional<Property> property(long id) {
        return db.read(c -> repos.properties.find(c, id));
    }

    public List<KitDistribution> kitDistributions(long propertyId) {
        return db.read(c -> repos.kitDistributions.findByProperty(c, propertyId));
    }

    public District saveDistrict(District d) {
        ValidationException.throwIfAny(d.validate());
        return uniqueAs("name", () -> db.write(c -> d.meta().isNew() ? repos.districts.insert(c, d)
                : repos.districts.update(c, d)));
    }

    public Organisation saveOrganisation(Organisation o) {
        Organisation normal = new Organisation(o.meta(),
                OrganisationNumber.normalise(o.organisationNumber()).orElse(o.organisationNumber()), o.name(), o.type());
        ValidationException.throwIfAny(normal.validate());
        return uniqueAs("organisationNumber", () -> db.write(c -> normal.meta().isNew()
                ? repos.organisations.insert(c, normal) : repos.organisations.update(c, normal)));
    }

    public Contact saveContact(Contact ct) {
        ValidationException.throwIfAny(ct.validate());
        return uniqueAs("name", () -> db.write(c -> ct.meta().isNew() ? repos.contacts.insert(c, ct)
                : repos.contacts.update(c, ct)));
    }

    public Property saveProperty(Property p) {
        return db.write(c -> saveProperty(c, p));
    }

    /** Saves within the caller's transaction (used by import and bulk edits). */
    public Property saveProperty(Connection c, Property p) throws SQLException {
        List<Problem> problems = new ArrayList<>(p.validate());
        if (p.contactId() != null && p.organisationId() != null) {
            repos.contacts.find(c, p.contactId()).filter(ct -> ct.organisationId() != p.organisationId())
                    .ifPresent(ct -> problems.add(Problem.of("contactId", "validation.contactOtherOrganisation")));
        }
        repos.properties.findByDesignation(c, p.designation())
                .filter(other -> !other.meta().id().equals(p.meta().id()))
                .ifPresent(other -> problems.add(Problem.of("designation", "validation.uniqueDesignation")));
        ValidationException.throwIfAny(problems);
        return p.meta().isNew() ? repos.properties.insert(c, p) : repos.properties.update(c, p);
    }

    public KitDistribution saveKitDistribution(KitDistribution k) {
        ValidationException.throwIfAny(k.validate());
        return uniqueAs("date", () -> db.write(c -> k.meta().isNew() ? repos.kitDistributions.insert(c, k)
                : repos.kitDistributions.update(c, k)));
    }

    public void deleteKitDistribution(KitDistribution k) {
        db.write(c -> {
            repos.kitDistributions.delete(c, k.meta().id(), k.meta().version());
            return null;
        });
    }

    /**
     * Deletes a property with its kit distributions, sprayers and their events, each with its own
     * audit entry. Returns what was deleted so the caller can undo.
     */
    public DeletedProperty deleteProperty(Property p) {
        return db.write(c -> {
            long id = p.meta().id();
            var kits = repos.kitDistributions.findByProperty(c, id);
            var sprayers = repos.sprayers.findByProperty(c, id);
            List<DeletedProperty.SprayerWithEvents> sprayerSnapshots = new ArrayList<>();
            for (var s : sprayers) {
                var events = repos.sprayerEvents.findBySprayer(c, s.meta().id());
                for (var e : events) {
                    repos.sprayerEvents.delete(c, e.meta().id(), e.meta().version());
                }
                var derived = repos.sprayers.findDerived(c, s.meta().id()).orElseThrow();
                repos.sprayers.delete(c, s.meta().id(), s.meta().version());
                sprayerSnapshots.add(new DeletedProperty.SprayerWithEvents(s, derived, events));
            }
            for (var k : kits) {
                repos.kitDistributions.delete(c, k.meta().id(), k.meta().version());
            }
            repos.properties.delete(c, id, p.meta().version());
            return new DeletedProperty(p, kits, sprayerSnapshots);
        });
    }

    /** Puts a deleted property back with everything that went with it, under the same ids. */
    public Property restore(DeletedProperty deleted) {
        return db.write(c -> {
            Property p = repos.properties.restore(c, deleted.property());
            for (var k : deleted.kitDistributions()) {
                repos.kitDistributions.restore(c, k);
            }
            for (var s : deleted.sprayers()) {
                repos.sprayers.restore(c, s.sprayer());
                repos.sprayers.storeDerived(c, s.sprayer().meta().id(), s.derived());
                for (var e : s.events()) {
                    repos.sprayerEvents.restore(c, e);
                }
            }
            return p;
        });
    }

    /**
     * Applies one change to many properties in one transaction: all of them change, or none (a
     * conflict or a validation problem on any one rolls back the whole edit). Returns the
     * properties as they were, for undo.
     */
    public List<Property> bulkEdit(List<Long> propertyIds, BulkChange change) {
        return db.write(c -> {
            List<Property> before = new ArrayList<>();
            for (long id : propertyIds) {
                Property p = repos.properties.find(c, id)
                        .orElseThrow(() -> new se.markdna.domain.EditConflictException("property", id, -1));
                before.add(p);
                Long org = change.organisationId() != null ? change.organisationId() : p.organisationId();
                Long contact = java.util.Objects.equals(org, p.organisationId()) ? p.contactId() : null;
                String phase = change.clearPhase() ? null
                        : change.programmePhase() != null ? change.programmePhase() : p.programmePhase();
                Property changed = new Property(p.meta(), p.designation(), p.name(), p.streetAddress(), p.postalCode(),
                        p.postTown(), change.districtId() != null ? change.districtId() : p.districtId(), org, contact,
                        p.latitude(), p.longitude(), p.buildingType(), p.dwellings(), p.signs(), p.stickers(),
                        p.neighbourhoodWatch(), phase, change.status() != null ? change.status() : p.status(),
                        p.notes());
                ValidationException.throwIfAny(changed.validate());
                repos.properties.update(c, changed);
            }
            return before;
        });
    }

    /**
     * Puts earlier field values back over the current record (undo of an edit). Uses the stored
     * version, so it refuses if someone else changed the record since this user's edit.
     */
    public Property revert(Property earlier, long currentVersion) {
        Property target = earlier.withMeta(new se.markdna.domain.RecordMeta(earlier.meta().id(), currentVersion,
                earlier.meta().createdAt(), earlier.meta().updatedAt()));
        return saveProperty(target);
    }

    /**
     * Saves a property together with the changes to its kit distributions, in one transaction:
     * the kits in {@code kits} are inserted (new) or updated, those in {@code removedKits} deleted.
     * New kits of a new property get its id. Returns the saved property.
     */
    public Property savePropertyWithKits(Property p, List<KitDistribution> kits, List<KitDistribution> removedKits) {
        List<Problem> kitProblems = new ArrayList<>();
        for (KitDistribution k : kits) {
            kitProblems.addAll(k.validate());
        }
        ValidationException.throwIfAny(kitProblems);
        return uniqueAs("kitDistribution", () -> db.write(c -> {
            Property saved = saveProperty(c, p);
            long id = saved.meta().id();
            for (KitDistribution k : removedKits) {
                if (!k.meta().isNew()) {
                    repos.kitDistributions.delete(c, k.meta().id(), k.meta().version());
                }
            }
            for (KitDistribution k : kits) {
                KitDistribution own = new KitDistribution(k.meta(), id, k.date(), k.supplier(), k.kitsDelivered(),
                        k.kitsHandedOut(), k.kitsRegistered(), k.codes(), k.expires());
                if (own.meta().isNew()) {
                    repos.kitDistributions.insert(c, own);
                } else if (k.propertyId() == id) {
                    repos.kitDistributions.update(c, own);
                }
            }
            return saved;
        }));
    }

    /**
     * Undo of a bulk edit: puts every property back as it was, in one transaction. Refuses (edit
     * conflict, nothing changed) if any of them was saved again after the bulk edit.
     */
    public void revertAll(List<Property> before) {
        db.write(c -> {
            for (Property earlier : before) {
                Property current = repos.properties.find(c, earlier.meta().id())
                        .orElseThrow(() -> new se.markdna.domain.EditConflictException("property",
                                earlier.meta().id(), earlier.meta().version()));
                repos.properties.update(c, earlier.withMeta(current.meta()));
            }
            return null;
        });
    }

    /** The change history of any record, newest first. */
    public List<se.markdna.domain.audit.AuditEntry> history(String entity, long id) {
        return db.read(c -> repos.audit.history(c, entity, id));
    }

    public void deleteOrganisation(Organisation o) {
        db.write(c -> {
            repos.organisations.delete(c, o.meta().id(), o.meta().version());
            return null;
        });
    }

    public void deleteContact(Contact ct) {
        db.write(c -> {
            repos.contacts.delete(c, ct.meta().id(), ct.meta().version());
            return null;
        });
    }

    public void deleteDistrict(District d) {
        db.write(c -> {
            repos.districts.delete(c, d.meta().id(), d.meta().version());
            return null;
        });
    }

    /**
     * Erases a contact's name, phone and email from the register and from the audit history,
     * then compacts the file so the strings are gone from it. Backups taken earlier still hold
     * them until they rotate out.
     */
    public boolean eraseContact(long contactId) {
        var personal = new se.markdna.persistence.PersonalDataRepository(repos.audit, actor, clock);
        boolean erased = db.write(c -> personal.erase(c, contactId));
        if (erased) {
            db.read(c -> {
                personal.compact(c);
                return null;
            });
        }
        return erased;
    }

    /** Maps a unique-key refusal from the database to a problem on the given field. */
    static <T> T uniqueAs(String field, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ConstraintViolationException e) {
            if (e.kind() == ConstraintViolationException.Kind.UNIQUE) {
                throw new ValidationException(List.of(Problem.of(field, "validation.unique")));
            }
            throw e;
        }
    }
}
