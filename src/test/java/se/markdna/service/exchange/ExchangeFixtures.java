package se.markdna.service.exchange;

import java.nio.file.Path;
import java.time.Clock;
import se.markdna.persistence.Database;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;
import se.markdna.service.AppServices;

/** Databases for the exchange tests. */
final class ExchangeFixtures {

    private ExchangeFixtures() {
    }

    static AppServices empty(Path dir) {
        return new AppServices(Database.open(dir.resolve("test.db")), () -> "test", Clock.systemDefaultZone());
    }

    static AppServices demo(Path dir) {
        AppServices s = empty(dir);
        s.demo().load(false);
        return s;
    }

    /** An empty register of the dialect (see {@link TestDatabases}). */
    static AppServices empty(Dialect dialect, Path dir) {
        return new AppServices(TestDatabases.open(dialect, dir), () -> "test", Clock.systemDefaultZone());
    }

    static AppServices demo(Dialect dialect, Path dir) {
        AppServices s = empty(dialect, dir);
        s.demo().load(false);
        return s;
    }
}
