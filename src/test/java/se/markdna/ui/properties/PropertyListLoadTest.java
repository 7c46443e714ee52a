package se.markdna.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;

/** Loads of the property table that overlap: joined when nothing was written, followed by one more otherwise. */
class PropertyListLoadTest {

    @TempDir
    Path dir;

    private AppServices services;
    private PropertyListViewModel vm;
    private final Deque<Runnable> jobs = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();

    /** Holds every job until the test runs it, as a busy background pool would. */
    private final BackgroundRunner deferred = new BackgroundRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(value);
            });
        }
    };

    @BeforeEach
    void setUp() {
        services = new AppServices(Database.open(dir.resolve("load.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        vm = new PropertyListViewModel(services, new Messages(Messages.SWEDISH), deferred);
    }

    @Test
    void aLoadAskedForWhileOneRunsJoinsItWhenNothingWasWritten() {
        vm.load(() -> calls.add("first"));
        vm.load(() -> calls.add("second"));
        vm.load(null);
        assertThat(jobs).hasSize(1);

        jobs.poll().run();

        assertThat(calls).containsExactly("first", "second");
        assertThat(vm.rows()).hasSize(services.register().propertySummaries().size());
        // what is left is the background computation of the sort ranks, not another load
        runAll();
        assertThat(calls).containsExactly("first", "second");
    }

    @Test
    void aLoadAskedForAfterAWriteRunsAgainOnceTheFirstHasFinished() {
        int before = services.register().propertySummaries().size();
        vm.load(() -> calls.add("first"));
        long id = services.register().propertySummaries().get(0).id();
        services.register().deleteProperty(services.register().property(id).orElseThrow());
        vm.load(() -> calls.add("after the write"));
        vm.load(() -> calls.add("also after the write"));
        assertThat(jobs).hasSize(1);

        jobs.poll().run();
        assertThat(calls).containsExactly("first");

        runAll();
        assertThat(calls).containsExactly("first", "after the write", "also after the write");
        assertThat(vm.rows()).hasSize(before - 1).noneMatch(r -> r.id() == id);
    }

    @Test
    void sortingBeforeTheRanksAreInAndAfterGivesTheSameOrder() {
        vm.load();
        jobs.poll().run(); // the rows; the ranks job is still waiting
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.DWELLINGS, false)));
        List<Long> compared = vm.shownIds();
        runAll();
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.NAME, true)));
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.DWELLINGS, false)));
        assertThat(vm.shownIds()).containsExactlyElementsOf(compared);
    }

    private void runAll() {
        while (!jobs.isEmpty()) {
            jobs.poll().run();
        }
    }
}
