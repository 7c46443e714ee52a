package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class TransactionTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesNothingBehind() {
        Database db = Fixtures.open(dialect, dir);
        Repositories repos = Fixtures.repos();
        assertThatThrownBy(() -> db.write(c -> {
            repos.districts.insert(c, Fixtures.district("Dalby"));
            repos.districts.insert(c, Fixtures.district("Genarp"));
            assertThat(Fixtures.count(c, "district")).isEqualTo(2);
            throw new IllegalStateException("halfway");
        })).isInstanceOf(IllegalStateException.class).hasMessage("halfway");
        assertThat(Fixtures.count(db, "district")).isZero();
        assertThat(Fixtures.count(db, "audit_entry")).isZero();
    }

    @Test
    void aSqlFailureHalfwayRollsBackTooAndIsTranslated() {
        Database db = Fixtures.open(dialect, dir);
        Repositories repos = Fixtures.repos();
        assertThatThrownBy(() -> db.write(c -> {
            repos.districts.insert(c, Fixtures.district("Dalby"));
            repos.districts.insert(c, Fixtures.district("dalby"));
            return null;
        })).isInstanceOf(ConstraintViolationException.class);
        assertThat(Fixtures.count(db, "district")).isZero();
        assertThat(Fixtures.count(db, "audit_entry")).isZero();
    }

    @Test
    void aSuccessfulWriteCommits() {
        Database db = Fixtures.open(dialect, dir);
        Repositories repos = Fixtures.repos();
        db.write(c -> {
            repos.districts.insert(c, Fixtures.district("Dalby"));
            return repos.districts.insert(c, Fixtures.district("Genarp"));
        });
        assertThat(Fixtures.count(db, "district")).isEqualTo(2);
        assertThat(Fixtures.count(TestDatabases.reopen(db), "district")).isEqualTo(2);
    }
}
