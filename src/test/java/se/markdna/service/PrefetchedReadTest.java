package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PrefetchedReadTest {

    private final AtomicLong changes = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final PrefetchedRead<String> ahead = new PrefetchedRead<>(changes::get);

    private String read() {
        return "read " + reads.incrementAndGet();
    }

    @Test
    void theReadAheadIsServedOnceForTheSameKey() {
        ahead.fill("today", this::read);
        assertThat(ahead.take("today", this::read)).isEqualTo("read 1");
        assertThat(ahead.take("today", this::read)).isEqualTo("read 2");
    }

    @Test
    void anotherKeyOrAWriteMeanwhileReadsAgain() {
        ahead.fill("monday", this::read);
        assertThat(ahead.take("tuesday", this::read)).isEqualTo("read 2");
        ahead.fill("monday", this::read);
        changes.incrementAndGet();
        assertThat(ahead.take("monday", this::read)).isEqualTo("read 4");
    }

    @Test
    void aFailedReadAheadIsReadAgainByTheCaller() {
        ahead.fill("today", () -> {
            throw new IllegalStateException("disk gone");
        });
        assertThat(ahead.take("today", this::read)).isEqualTo("read 1");
    }

    @Test
    void withoutAReadAheadTheCallerReads() {
        assertThat(ahead.take("today", this::read)).isEqualTo("read 1");
    }
}
