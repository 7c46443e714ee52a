package se.markdna.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class WriteBehindTest {

    /** Records every call with the thread it came on; fails at a given row when asked to. */
    private static class Recording implements TableSink {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        int failAtRow = -1;
        int rows;

        @Override
        public void startSheet(String name, String fileStem, List<OutColumn> columns) {
            calls.add("start " + name);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void row(List<?> values) throws IOException {
            if (rows++ == failAtRow) {
                throw new IOException("disk full");
            }
            calls.add(String.valueOf(values.get(0)));
        }

        @Override
        public void endSheet() {
            calls.add("end");
        }

        @Override
        public void close() {
            calls.add("closed");
        }
    }

    private static final List<OutColumn> COLUMNS = List.of(new OutColumn("Nr", ColumnType.INTEGER, null));

    @Test
    void theTargetGetsEveryCallInOrderOnAnotherThread() throws IOException {
        Recording target = new Recording();
        List<String> expected = new ArrayList<>();
        try (WriteBehind behind = new WriteBehind(target, "test")) {
            for (String sheet : new String[] {"A", "B"}) {
                behind.startSheet(sheet, null, COLUMNS);
                expected.add("start " + sheet);
                for (int i = 0; i < WriteBehind.BATCH_SIZE * 3 + 17; i++) {
                    behind.row(List.of(sheet + i));
                    expected.add(sheet + i);
                }
                behind.endSheet();
                expected.add("end");
            }
            behind.finish();
        }
        assertThat(target.calls).containsExactlyElementsOf(expected); // and not closed: that stays with the caller
        assertThat(target.threads).allMatch(t -> t.startsWith("write-behind"));
    }

    @Test
    void aFailureOfTheTargetReachesTheExportingThreadAndStopsFurtherCalls() throws IOException {
        Recording target = new Recording();
        target.failAtRow = 10;
        WriteBehind behind = new WriteBehind(target, "test");
        behind.startSheet("A", null, COLUMNS);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100_000; i++) {
                behind.row(List.of(i));
            }
            behind.finish();
        }).isInstanceOf(IOException.class).hasMessage("disk full");
        behind.close();
        assertThat(target.calls).hasSize(1 + 10).doesNotContain("end", "closed");
    }

    @Test
    void closingWithoutFinishingStopsTheThreadAndDropsWhatWaits() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Recording target = new Recording() {
            @Override
            public void startSheet(String name, String fileStem, List<OutColumn> columns) {
                entered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.startSheet(name, fileStem, columns);
            }
        };
        WriteBehind behind = new WriteBehind(target, "test");
        behind.startSheet("A", null, COLUMNS);
        for (int i = 0; i < WriteBehind.BATCH_SIZE * 2; i++) {
            behind.row(List.of(i));
        }
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(behind::close);
        closer.start();
        // the closer has dropped what waits and is waiting for the writing thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> closer.getState() == Thread.State.WAITING);
        release.countDown();
        closer.join(10_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(target.calls).containsExactly("start A");
    }
}
