package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Two clients of one shared database: a change by one is announced to the other, not to itself. */
@ExtendWith(TestDatabases.class)
class ChangeNotificationsTest {

    @TempDir
    Path dir;

    @Test
    void anotherClientsCommitIsAnnouncedAndOnesOwnIsNot() throws Exception {
        Database writer = TestDatabases.open(Dialect.POSTGRESQL, dir);
        Database watcher = TestDatabases.reopen(writer);
        AtomicInteger toWatcher = new AtomicInteger();
        AtomicInteger toWriter = new AtomicInteger();
        watcher.onExternalChange(toWatcher::incrementAndGet);
        writer.onExternalChange(toWriter::incrementAndGet);
        long before = watcher.changeCount();
        Repositories repos = Fixtures.repos();

        writer.write(c -> repos.districts.insert(c, Fixtures.district("Dalby")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> toWatcher.get() == 1);
        assertThat(watcher.changeCount()).as("views comparing the count read again").isGreaterThan(before);

        // the server delivers notifications in commit order: once the writer hears of the
        // watcher's later change, a notice of its own earlier one would have come before it
        watcher.write(c -> repos.districts.insert(c, Fixtures.district("Genarp")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> toWriter.get() > 0);
        assertThat(toWriter).as("the writer is told of the watcher's change, not of its own").hasValue(1);
    }

    @Test
    void aRolledBackWriteIsNotAnnounced() throws Exception {
        Database writer = TestDatabases.open(Dialect.POSTGRESQL, dir);
        Database watcher = TestDatabases.reopen(writer);
        AtomicInteger heard = new AtomicInteger();
        watcher.onExternalChange(heard::incrementAndGet);
        Repositories repos = Fixtures.repos();
        assertThatThrownBy(() -> writer.write(c -> {
            repos.districts.insert(c, Fixtures.district("Genarp"));
            throw new IllegalStateException("abandoned");
        })).hasMessage("abandoned");

        writer.write(c -> repos.districts.insert(c, Fixtures.district("Dalby")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> heard.get() > 0);
        assertThat(heard).as("only the committed change, which came after the rolled-back one").hasValue(1);
    }

    @Test
    void ownChangesAreRecognisedByTheClientName() {
        String own = ChangeNotifications.clientName();
        assertThat(ChangeNotifications.fromAnotherClient("property " + own, own)).isFalse();
        assertThat(ChangeNotifications.fromAnotherClient("property " + ChangeNotifications.clientName(), own))
                .isTrue();
    }
}
