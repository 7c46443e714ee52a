package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.Entity;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.domain.settings.Settings;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerFigures;
import se.markdna.domain.sprayer.SprayerStatus;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class RepositoryRoundTripTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    Database db;
    Repositories repos;

    @BeforeEach
    void open() {
        db = Fixtures.open(dialect, dir);
        repos = Fixtures.repos();
    }

    /** Insert, find (equal apart from meta), update (version bumps), delete. */
    private <T extends Entity> void roundTrip(CrudRepository<T> repo, T entity, java.util.function.Function<T, T> change,
            java.util.function.BiFunction<T, RecordMeta, T> withMeta) {
        T inserted = db.write(c -> repo.insert(c, entity));
        assertThat(inserted.meta().id()).isNotNull();
        assertThat(inserted.meta().version()).isZero();
        assertThat(inserted.meta().createdAt()).isEqualTo(Fixtures.NOW);
        long id = inserted.meta().id();

        T found = db.read(c -> repo.find(c, id)).orElseThrow();
        assertThat(found.meta().id()).isEqualTo(id);
        assertThat(found.meta().version()).isZero();
        assertThat(withMeta.apply(found, RecordMeta.NEW)).isEqualTo(entity);

        T changed = change.apply(found);
        assertThat(withMeta.apply(changed, RecordMeta.NEW)).isNotEqualTo(entity);
        T updated = db.write(c -> repo.update(c, changed));
        assertThat(updated.meta().version()).isEqualTo(1);
        T reread = db.read(c -> repo.find(c, id)).orElseThrow();
        assertThat(reread.meta().version()).isEqualTo(1);
        assertThat(withMeta.apply(reread, RecordMeta.NEW)).isEqualTo(withMeta.apply(changed, RecordMeta.NEW));

        db.write(c -> {
            repo.delete(c, id, 1);
            return null;
        });
        Optional<T> gone = db.read(c -> repo.find(c, id));
        assertThat(gone).isEmpty();
    }

    @Test
    void districts() {
        roundTrip(repos.districts, Fixtures.district("Genarp"),
                d -> new District(d.meta(), d.name(), d.mainArea(), d.kind(), 3000, null, null, null, 20, false, null),
                District::withMeta);
    }

    @Test
    void organisations() {
        roundTrip(repos.organisations, Fixtures.organisation("556035-9431"),
                o -> new Organisation(o.meta(), o.organisationNumber(), "LKF", o.type()), Organisation::withMeta);
    }

    @Test
    void contacts() {
        long org = db.write(c -> repos.organisations.insert(c, Fixtures.organisation("556035-9431"))).id();
        roundTrip(repos.contacts, Fixtures.contact(org, "Anna Andersson"),
                ct -> new Contact(ct.meta(), ct.organisationId(), ct.name(), "Kvartersvärd", null, null, "till 2026"),
                Contact::withMeta);
    }

    @Test
    void properties() {
        long d = db.write(c -> repos.districts.insert(c, Fixtures.district("Genarp"))).id();
        long org = db.write(c -> repos.organisations.insert(c, Fixtures.organisation("556035-9431"))).id();
        long ct = db.write(c -> repos.contacts.insert(c, Fixtures.contact(org, "Anna"))).id();
        roundTrip(repos.properties, Fixtures.property("Lund Genarp 1:1", d, org, ct),
                p -> new Property(p.meta(), p.designation(), "Nytt namn", p.streetAddress(), "240 14", p.postTown(),
                        p.districtId(), null, null, null, null, p.buildingType(), 130, 0, 0, false, null,
                        PropertyStatus.RENEWAL_DUE, null),
                Property::withMeta);
    }

    @Test
    void kitDistributions() {
        long p = insertProperty("Lund Genarp 1:1");
        roundTrip(repos.kitDistributions, Fixtures.kit(p, LocalDate.of(2019, 3, 1)),
                k -> new KitDistribution(k.meta(), k.propertyId(), k.date(), k.supplier(), 60, 60, null, null,
                        k.expires()),
                KitDistribution::withMeta);
    }

    @Test
    void sprayers() {
        long p = insertProperty("Lund Genarp 1:1");
        roundTrip(repos.sprayers, Fixtures.sprayer(p, "SN-1", "SOL-1"),
                s -> s.withLocation("Storgatan 5 UV").withStatus(SprayerStatus.OUT_OF_SERVICE), Sprayer::withMeta);
    }

    @Test
    void sprayerDerivedFiguresAreStoredWithoutAVersionBump() {
        long p = insertProperty("Lund Genarp 1:1");
        Sprayer s = db.write(c -> repos.sprayers.insert(c, Fixtures.sprayer(p, "SN-1", "SOL-1")));
        SprayerFigures f = new SprayerFigures(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 1, 31), null, true);
        db.write(c -> {
            repos.sprayers.storeDerived(c, s.id(), f);
            return null;
        });
        Optional<SprayerFigures> stored = db.read(c -> repos.sprayers.findDerived(c, s.id()));
        assertThat(stored).contains(f);
        assertThat(db.read(c -> repos.sprayers.find(c, s.id())).orElseThrow().meta().version()).isZero();
    }

    @Test
    void sprayerEvents() {
        long p = insertProperty("Lund Genarp 1:1");
        long s = db.write(c -> repos.sprayers.insert(c, Fixtures.sprayer(p, "SN-1", "SOL-1"))).id();
        roundTrip(repos.sprayerEvents, Fixtures.event(s, LocalDate.of(2025, 3, 1), EventKind.ACTIVATED),
                e -> new SprayerEvent(e.meta(), e.sprayerId(), e.date(), e.kind(), "5000-K654321-25", null, null),
                SprayerEvent::withMeta);
    }

    @Test
    void rolloutSites() {
        long d = db.write(c -> repos.districts.insert(c, Fixtures.district("Genarp"))).id();
        roundTrip(repos.rolloutSites, Fixtures.site("Genarp centrum", d),
                s -> s.withStatus(SiteStatus.REJECTED, "för dyrt", null), RolloutSite::withMeta);
    }

    @Test
    void settingsSaveAndLoad() {
        assertThat(db.read(repos.settings::load)).isEqualTo(Settings.defaults());
        Settings changed = Settings.defaults().withWeights(new ScoreWeights(2, 1, 1, 0));
        db.write(c -> {
            repos.settings.save(c, changed);
            return null;
        });
        assertThat(db.read(repos.settings::load)).isEqualTo(changed);
    }

    @Test
    void findByNaturalKeys() {
        long d = db.write(c -> repos.districts.insert(c, Fixtures.district("Södra Sandby"))).id();
        Optional<District> byName = db.read(c -> repos.districts.findByName(c, "södra sandby"));
        assertThat(byName).map(District::id).contains(d);
        long p = insertProperty("Lund Genarp 1:1");
        Optional<Property> byDesignation = db.read(c -> repos.properties.findByDesignation(c, "LUND GENARP 1:1"));
        assertThat(byDesignation).map(Property::id).contains(p);
        Optional<Organisation> none = db.read(c -> repos.organisations.findByNumber(c, "556035-9431"));
        assertThat(none).isEmpty();
    }

    private long insertProperty(String designation) {
        return db.write(c -> {
            long d = repos.districts.findByName(c, "Genarp").map(District::id)
                    .orElseGet(() -> insertUnchecked(c, Fixtures.district("Genarp")));
            return repos.properties.insert(c, Fixtures.property(designation, d, null, null)).id();
        });
    }

    private long insertUnchecked(java.sql.Connection c, District d) {
        try {
            return repos.districts.insert(c, d).id();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
