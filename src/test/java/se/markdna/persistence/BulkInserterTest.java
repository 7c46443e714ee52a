package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.audit.AuditAction;
import se.markdna.domain.audit.AuditEntry;
import se.markdna.domain.register.District;
import se.markdna.domain.register.Property;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class BulkInserterTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    Database db;
    Repositories repos;
    District district;

    @BeforeEach
    void open() {
        db = Fixtures.open(dialect, dir);
        repos = Fixtures.repos();
        district = db.write(c -> repos.districts.insert(c, Fixtures.district("Genarp")));
    }

    @Test
    void storesTheSameRowAndTheSameAuditEntryAsASingleInsert() {
        Property single = db.write(c -> repos.properties.insert(c, Fixtures.property("Genarp 1:1", district.id(), null,
                null)));
        Property bulk = db.write(c -> repos.properties.bulkInserter(c)
                .insert(Fixtures.property("Genarp 1:2", district.id(), null, null)));

        assertThat(bulk.id()).isEqualTo(single.id() + 1);
        assertThat(bulk.meta()).isEqualTo(new RecordMeta(bulk.id(), 0, Fixtures.NOW, Fixtures.NOW));
        Property stored = db.read(c -> repos.properties.find(c, bulk.id())).orElseThrow();
        assertThat(stored).isEqualTo(bulk);
        assertThat(withDesignation(stored, "Genarp 1:1")).isEqualTo(withDesignation(single, "Genarp 1:1"));

        AuditEntry singleEntry = onlyEntry("property", single.id());
        AuditEntry bulkEntry = onlyEntry("property", bulk.id());
        assertThat(bulkEntry.action()).isEqualTo(AuditAction.INSERT);
        assertThat(bulkEntry.who()).isEqualTo(TestDatabases.trailName(dialect, Fixtures.ACTOR));
        assertThat(bulkEntry.at()).isEqualTo(Fixtures.NOW);
        assertThat(bulkEntry.changes()).hasSize(1);
        assertThat(bulkEntry.changes().get(0).field()).isEqualTo(CrudRepository.INSERTED_VALUES);
        assertThat(bulkEntry.changes().get(0).newValue())
                .isEqualTo(singleEntry.changes().get(0).newValue().replace("Genarp 1:1", "Genarp 1:2"));
    }

    @Test
    void countsOnFromTheLargestIdAndKeepsEveryRowsOwnAuditEntry() {
        Property first = db.write(c -> repos.properties.insert(c, Fixtures.property("Genarp 1:1", district.id(), null,
                null)));
        Sprayer sprayer = db.write(c -> repos.sprayers.insert(c, Fixtures.sprayer(first.id(), "SN-1", "DNA-1")));
        List<SprayerEvent> events = db.write(c -> {
            BulkInserter<SprayerEvent> inserter = repos.sprayerEvents.bulkInserter(c);
            return List.of(
                    inserter.insert(Fixtures.event(sprayer.id(), LocalDate.of(2025, 1, 1), EventKind.SERVICED)),
                    inserter.insert(Fixtures.event(sprayer.id(), LocalDate.of(2025, 6, 1), EventKind.ACTIVATED)),
                    inserter.insert(Fixtures.event(sprayer.id(), LocalDate.of(2025, 7, 1), EventKind.REFILLED)));
        });

        assertThat(events).extracting(SprayerEvent::id).containsExactly(1L, 2L, 3L);
        List<SprayerEvent> stored = db.read(c -> repos.sprayerEvents.findBySprayer(c, sprayer.id()));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(events);
        for (SprayerEvent e : events) {
            assertThat(onlyEntry("sprayer_event", e.id()).changes().get(0).newValue())
                    .contains("date=" + e.date()).contains("kind=" + e.kind().code());
        }
    }

    @Test
    void aRolledBackBulkLeavesNothingBehind() {
        long entriesBefore = Fixtures.count(db, "audit_entry");
        try {
            db.write(c -> {
                repos.properties.bulkInserter(c).insert(Fixtures.property("Genarp 1:9", district.id(), null, null));
                throw new IllegalStateException("the import found an error later");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolls back
        }
        assertThat(Fixtures.count(db, "property")).isZero();
        assertThat(Fixtures.count(db, "audit_entry")).isEqualTo(entriesBefore);
    }

    private AuditEntry onlyEntry(String entity, long id) {
        List<AuditEntry> history = db.read(c -> repos.audit.history(c, entity, id));
        assertThat(history).hasSize(1);
        return history.get(0);
    }

    private static Property withDesignation(Property p, String designation) {
        return new Property(RecordMeta.NEW, designation, p.name(), p.streetAddress(), p.postalCode(), p.postTown(),
                p.districtId(), p.organisationId(), p.contactId(), p.latitude(), p.longitude(), p.buildingType(),
                p.dwellings(), p.signs(), p.stickers(), p.neighbourhoodWatch(), p.programmePhase(), p.status(),
                p.notes());
    }
}
