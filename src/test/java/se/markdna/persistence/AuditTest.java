package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.audit.AuditAction;
import se.markdna.domain.audit.AuditEntry;
import se.markdna.domain.audit.FieldChange;
import se.markdna.domain.register.District;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class AuditTest {

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

    @Test
    void insertUpdateAndDeleteAreRecordedNewestFirst() {
        District d = db.write(c -> repos.districts.insert(c, Fixtures.district("Veberöd")));
        District changed = new District(d.meta(), d.name(), d.mainArea(), d.kind(), 5000, d.latitude(), d.longitude(),
                2.5, d.burglaries12Months(), d.priority(), d.priorityReason());
        District saved = db.write(c -> repos.districts.update(c, changed));
        db.write(c -> {
            repos.districts.delete(c, saved.id(), saved.meta().version());
            return null;
        });

        List<AuditEntry> history = db.read(c -> repos.audit.history(c, "district", d.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.DELETE, AuditAction.UPDATE,
                AuditAction.INSERT);
        assertThat(history).allSatisfy(e -> {
            assertThat(e.who()).isEqualTo(TestDatabases.trailName(dialect, Fixtures.ACTOR));
            assertThat(e.at()).isEqualTo(Fixtures.NOW);
            assertThat(e.entity()).isEqualTo("district");
            assertThat(e.entityId()).isEqualTo(d.id());
        });

        AuditEntry update = history.get(1);
        assertThat(update.changes()).containsExactlyInAnyOrder(new FieldChange("households", "2956", "5000"),
                new FieldChange("safety_index", "1.6", "2.5"));

        AuditEntry insert = history.get(2);
        assertThat(insert.changes()).hasSize(1);
        assertThat(insert.changes().get(0).newValue()).contains("name=Veberöd").contains("households=2956");

        AuditEntry delete = history.get(0);
        assertThat(delete.changes()).contains(new FieldChange("name", "Veberöd", null),
                new FieldChange("households", "5000", null));
        assertThat(delete.changes()).allSatisfy(ch -> assertThat(ch.newValue()).isNull());
    }

    @Test
    void theOsUserIsTheDefaultActor() {
        assertThat(Actor.osUser().name()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeletedBySql() {
        District d = db.write(c -> repos.districts.insert(c, Fixtures.district("Veberöd")));
        db.write(c -> repos.districts.update(c, new District(d.meta(), d.name(), d.mainArea(), d.kind(), 1, null,
                null, null, 0, false, null)));
        long entries = Fixtures.count(db, "audit_entry");
        long changes = Fixtures.count(db, "audit_change");
        assertThat(entries).isEqualTo(2);
        assertThat(changes).isGreaterThan(1);

        for (String sql : List.of("UPDATE audit_entry SET who = 'someone else'", "DELETE FROM audit_entry",
                "UPDATE audit_change SET new_value = 'forged'", "DELETE FROM audit_change")) {
            assertThatThrownBy(() -> db.write(c -> Fixtures.exec(c, sql))).as(sql)
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("audit entries cannot be");
        }
        assertThat(Fixtures.count(db, "audit_entry")).isEqualTo(entries);
        assertThat(Fixtures.count(db, "audit_change")).isEqualTo(changes);
        List<AuditEntry> history = db.read(c -> repos.audit.history(c, "district", d.id()));
        assertThat(history).allSatisfy(e -> assertThat(e.who()).isEqualTo(TestDatabases.trailName(dialect, Fixtures.ACTOR)));
        assertThat(history).flatExtracting(AuditEntry::changes).extracting(FieldChange::newValue)
                .doesNotContain("forged");
    }
}
