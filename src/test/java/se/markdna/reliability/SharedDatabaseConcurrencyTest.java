package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.EditConflictException;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertySummary;
import se.markdna.persistence.Database;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;
import se.markdna.service.AppServices;

/**
 * Eight clients of one shared database, each with its own connections, editing the same few
 * records by read-modify-write: optimistic locking must report every race as a conflict (which
 * the client retries) and lose no edit.
 */
@ExtendWith(TestDatabases.class)
class SharedDatabaseConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int EDITS_PER_CLIENT = 250;
    private static final int SHARED_RECORDS = 3;

    @TempDir
    Path dir;

    record Tally(int saved, int conflicts, int attempts) {
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void eightClientsLoseNoEditAndEveryConflictIsReported() throws Exception {
        Database first = TestDatabases.open(Dialect.POSTGRESQL, dir);
        AppServices setup = new AppServices(first, () -> "setup", Clock.systemDefaultZone());
        setup.demo().load(false);
        List<PropertySummary> summaries = setup.register().propertySummaries();
        long[] ids = new long[SHARED_RECORDS];
        int before = 0;
        long versionsBefore = 0;
        for (int i = 0; i < SHARED_RECORDS; i++) {
            ids[i] = summaries.get(i).id();
            Property p = setup.register().property(ids[i]).orElseThrow();
            before += p.signs();
            versionsBefore += p.meta().version();
        }
        var location = (DatabaseLocation.PostgresServer) first.location();
        String password = TestDatabases.cluster().password;

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Tally>> results = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int offset = client;
            results.add(pool.submit(() -> {
                try (Database own = Database.connect(location, password.toCharArray())) {
                    return edit(new AppServices(own, () -> "client", Clock.systemDefaultZone()), ids, offset);
                }
            }));
        }
        int saved = 0;
        int conflicts = 0;
        int attempts = 0;
        for (Future<Tally> f : results) {
            Tally t = f.get(200, TimeUnit.SECONDS);
            saved += t.saved();
            conflicts += t.conflicts();
            attempts += t.attempts();
        }
        pool.shutdown();

        int after = 0;
        long versionsAfter = 0;
        for (long id : ids) {
            Property p = setup.register().property(id).orElseThrow();
            after += p.signs();
            versionsAfter += p.meta().version();
        }
        assertThat(saved).isEqualTo(CLIENTS * EDITS_PER_CLIENT);
        assertThat(after - before).as("lost updates: none").isEqualTo(CLIENTS * EDITS_PER_CLIENT);
        assertThat(versionsAfter - versionsBefore).as("each reported save is exactly one new version")
                .isEqualTo(saved);
        assertThat(conflicts).as("the clients really raced, and the races were reported").isPositive();
        assertThat(attempts).isEqualTo(saved + conflicts);
    }

    private static Tally edit(AppServices services, long[] ids, int offset) {
        int saved = 0;
        int conflicts = 0;
        int attempts = 0;
        for (int i = 0; i < EDITS_PER_CLIENT; i++) {
            long id = ids[(i + offset) % ids.length];
            while (true) {
                attempts++;
                Property changed = ConcurrentEditWorker.withOneMoreSign(services.register().property(id).orElseThrow());
                try {
                    services.register().saveProperty(changed);
                    saved++;
                    break;
                } catch (EditConflictException e) {
                    conflicts++;
                }
            }
        }
        return new Tally(saved, conflicts, attempts);
    }
}
