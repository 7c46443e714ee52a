package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.EditConflictException;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class OptimisticLockTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    static Property renamed(Property p, String name) {
        return new Property(p.meta(), p.designation(), name, p.streetAddress(), p.postalCode(), p.postTown(),
                p.districtId(), p.organisationId(), p.contactId(), p.latitude(), p.longitude(), p.buildingType(),
                p.dwellings(), p.signs(), p.stickers(), p.neighbourhoodWatch(), p.programmePhase(),
                PropertyStatus.ACTIVE, p.notes());
    }

    @Test
    void theSecondOfTwoEditsOfTheSameVersionIsRefused() {
        Database db = Fixtures.open(dialect, dir);
        Repositories repos = Fixtures.repos();
        long d = db.write(c -> repos.districts.insert(c, Fixtures.district("Dalby"))).id();
        long id = db.write(c -> repos.properties.insert(c, Fixtures.property("Lund Dalby 1:1", d, null, null))).id();

        Property mine = db.read(c -> repos.properties.find(c, id)).orElseThrow();
        Property theirs = db.read(c -> repos.properties.find(c, id)).orElseThrow();
        assertThat(mine.meta().version()).isZero();

        db.write(c -> repos.properties.update(c, renamed(mine, "Första")));
        assertThatThrownBy(() -> db.write(c -> repos.properties.update(c, renamed(theirs, "Andra"))))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.expectedVersion()).isZero();
                });

        Property stored = db.read(c -> repos.properties.find(c, id)).orElseThrow();
        assertThat(stored.name()).isEqualTo("Första");
        assertThat(stored.meta().version()).isEqualTo(1);
        // deleting from the stale copy is refused too
        assertThatThrownBy(() -> db.write(c -> {
            repos.properties.delete(c, id, theirs.meta().version());
            return null;
        })).isInstanceOf(EditConflictException.class);
        java.util.Optional<Property> still = db.read(c -> repos.properties.find(c, id));
        assertThat(still).isPresent();
    }

    @Test
    void savingWithoutChangesWritesNothing() {
        Database db = Fixtures.open(dialect, dir);
        Repositories repos = Fixtures.repos();
        long d = db.write(c -> repos.districts.insert(c, Fixtures.district("Dalby"))).id();
        Property p = db.write(c -> repos.properties.insert(c, Fixtures.property("Lund Dalby 1:1", d, null, null)));
        long audits = Fixtures.count(db, "audit_entry");
        Property same = db.write(c -> repos.properties.update(c, p));
        assertThat(same.meta().version()).isZero();
        assertThat(Fixtures.count(db, "audit_entry")).isEqualTo(audits);
    }
}
