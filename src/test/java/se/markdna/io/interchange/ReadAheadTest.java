package se.markdna.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** Counts up to a limit, fails at a given element if asked, and records how far it was read and whether it was closed. */
    static class Source implements Iterator<Integer>, AutoCloseable {
        final int size;
        final int failAt;
        final AtomicInteger produced = new AtomicInteger();
        volatile boolean closed;
        volatile Thread readBy;

        Source(int size, int failAt) {
            this.size = size;
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            readBy = Thread.currentThread();
            if (produced.get() == failAt) {
                throw new UncheckedIOException(new IOException("damaged at " + failAt));
            }
            return produced.get() < size;
        }

        @Override
        public Integer next() {
            return produced.getAndIncrement();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void deliversEveryElementInOrderAndClosesTheSource() throws Exception {
        int size = ReadAhead.BATCH_SIZE * ReadAhead.BATCHES * 5 + 17;
        Source source = new Source(size, -1);
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> rows = ReadAhead.of(source, "test")) {
            rows.forEachRemaining(seen::add);
            assertThat(rows.hasNext()).isFalse();
            assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, size).boxed().toList());
        assertThat(source.closed).isTrue();
        assertThat(source.readBy).isNotEqualTo(Thread.currentThread());
    }

    @Test
    void anEmptySourceEndsAtOnce() throws Exception {
        try (ReadAhead<Integer> rows = ReadAhead.of(new Source(0, -1), "test")) {
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void theSourcesFailureComesAfterTheElementsReadBeforeIt() throws Exception {
        int failAt = ReadAhead.BATCH_SIZE + 3;
        Source source = new Source(10_000, failAt);
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> rows = ReadAhead.of(source, "test")) {
            assertThatThrownBy(() -> rows.forEachRemaining(seen::add)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("damaged at " + failAt);
            assertThatThrownBy(rows::hasNext).isInstanceOf(UncheckedIOException.class);
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, failAt).boxed().toList());
        assertThat(source.closed).isTrue();
    }

    @Test
    void stoppingEarlyStopsTheReaderWithinItsBufferAndClosesTheSource() throws Exception {
        Source source = new Source(1_000_000, -1);
        try (ReadAhead<Integer> rows = ReadAhead.of(source, "test")) {
            assertThat(rows.next()).isZero();
        }
        assertThat(source.closed).isTrue();
        // the queue holds a few batches; the reader never ran far past them
        assertThat(source.produced.get()).isLessThanOrEqualTo(ReadAhead.BATCH_SIZE * (ReadAhead.BATCHES + 4));
    }

    @Test
    void aFailureToCloseTheSourceIsReported() {
        Iterator<Integer> failingClose = new Source(3, -1) {
            @Override
            public void close() {
                throw new IllegalStateException("cannot close");
            }
        };
        assertThatThrownBy(() -> {
            try (ReadAhead<Integer> rows = ReadAhead.of(failingClose, "test")) {
                rows.forEachRemaining(i -> { });
            }
        }).hasMessage("cannot close");
    }
}
