package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class ConstraintsTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    Database db;
    Repositories repos;
    long district;

    @BeforeEach
    void open() {
        db = Fixtures.open(dialect, dir);
        repos = Fixtures.repos();
        district = db.write(c -> repos.districts.insert(c, Fixtures.district("Dalby"))).id();
    }

    private static void assertUnique(ThrowingRunnable r, String column) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
            assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
            assertThat(e.field()).isEqualTo(column);
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void districtNamesAreUniqueIgnoringCase() {
        assertUnique(() -> db.write(c -> repos.districts.insert(c, Fixtures.district("DALBY"))), "name");
        assertThat(Fixtures.count(db, "district")).isEqualTo(1);
    }

    @Test
    void propertyDesignationsAreUnique() {
        db.write(c -> repos.properties.insert(c, Fixtures.property("Lund Dalby 1:1", district, null, null)));
        assertUnique(() -> db.write(c -> repos.properties.insert(c, Fixtures.property("lund dalby 1:1", district,
                null, null))), "designation");
    }

    @Test
    void sprayerSerialsAndSolutionCodesAreUnique() {
        long p = db.write(c -> repos.properties.insert(c, Fixtures.property("Lund Dalby 1:1", district, null, null)))
                .id();
        db.write(c -> repos.sprayers.insert(c, Fixtures.sprayer(p, "SN-1", "SOL-1")));
        assertUnique(() -> db.write(c -> repos.sprayers.insert(c, Fixtures.sprayer(p, "sn-1", "SOL-2"))), "serial");
        assertUnique(() -> db.write(c -> repos.sprayers.insert(c, Fixtures.sprayer(p, "SN-2", "sol-1"))),
                "solution_code");
        assertThat(Fixtures.count(db, "sprayer")).isEqualTo(1);
    }

    @Test
    void organisationNumbersAreUnique() {
        db.write(c -> repos.organisations.insert(c, Fixtures.organisation("556035-9431")));
        assertUnique(() -> db.write(c -> repos.organisations.insert(c, Fixtures.organisation("556035-9431"))),
                "org_number");
    }

    @Test
    void aPropertyInAMissingDistrictIsAReferenceViolation() {
        assertThatThrownBy(() -> db.write(c -> repos.properties.insert(c, Fixtures.property("Lund X 1", 999, null,
                null)))).isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.REFERENCE));
        assertThat(Fixtures.count(db, "property")).isZero();
    }

    @Test
    void checkConstraintsHoldAgainstRawSql() {
        assertThatThrownBy(() -> db.write(c -> Fixtures.exec(c, """
                INSERT INTO property (designation, district_id, building_type, status, created_at, updated_at)
                VALUES ('Lund X 1', %d, 'SHOP', 'BOGUS', 'now', 'now')""".formatted(district))))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.CHECK));
        assertThatThrownBy(() -> db.write(c -> Fixtures.exec(c, """
                INSERT INTO property (designation, district_id, building_type, status, postal_code, created_at,
                    updated_at)
                VALUES ('Lund X 1', %d, 'SHOP', 'ACTIVE', '22363', 'now', 'now')""".formatted(district))))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.CHECK));
        assertThatThrownBy(() -> db.write(c -> Fixtures.exec(c,
                "UPDATE district SET safety_index = 7 WHERE id = " + district)))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.CHECK));
        assertThat(Fixtures.count(db, "property")).isZero();
    }
}
