package se.markdna.service.exchange;

import java.nio.file.Path;
import java.time.Clock;
import se.markdna.persistence.Database;
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
}
