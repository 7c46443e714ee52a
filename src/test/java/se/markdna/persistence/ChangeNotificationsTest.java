package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two clients of one shared database: a change by one is announced to the other, not to itself. */
@ExtendWith(TestDatabases.class)
class ChangeNotificationsTest {

    @TempDir
    Path dir;

    @Test
    void anotherClientsCommitIsAnnouncedAndOnesOwnIsNot() throws Exception {
        Database writer = TestDatabases.open(Dialect.POSTGRESQL, dir);
        Database watcher = TestDatabases.reopen(writer);
        CountDownLatch announced = new CountDownLatch(1);
        AtomicInteger toWriter = new AtomicInteger();
        watcher.onExternalChange(announced::countDown);
        writer.onExternalChange(toWriter::incrementAndGet);
        long before = watcher.changeCount();

        Repositories repos = Fixtures.repos();
        writer.write(c -> repos.districts.insert(c, Fixtures.district("Dalby")));

        assertThat(announced.await(10, TimeUnit.SECONDS)).as("the watcher hears of the change").isTrue();
        assertThat(watcher.changeCount()).as("views comparing the count read again").isGreaterThan(before);
        Thread.sleep(1_500); // a notification to the writer would have arrived by now (polled every second)
        assertThat(toWriter).as("the writer is not told of its own change").hasValue(0);
    }

    @Test
    void aRolledBackWriteIsNotAnnounced() throws Exception {
        Database writer = TestDatabases.open(Dialect.POSTGRESQL, dir);
        Database watcher = TestDatabases.reopen(writer);
        AtomicInteger heard = new AtomicInteger();
        watcher.onExternalChange(heard::incrementAndGet);
        Repositories repos = Fixtures.repos();
        try {
            writer.write(c -> {
                repos.districts.insert(c, Fixtures.district("Genarp"));
                throw new IllegalStateException("abandoned");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        Thread.sleep(2_500);
        assertThat(heard).hasValue(0);
    }

    @Test
    void ownChangesAreRecognisedByTheClientName() {
        String own = ChangeNotifications.clientName();
        assertThat(ChangeNotifications.fromAnotherClient("property " + own, own)).isFalse();
        assertThat(ChangeNotifications.fromAnotherClient("property " + ChangeNotifications.clientName(), own))
                .isTrue();
    }
}
