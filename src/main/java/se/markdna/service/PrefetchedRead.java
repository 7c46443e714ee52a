package se.markdna.service;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One read taken ahead of its first use (the GUI does so while its window is being built) and
 * served once to the first caller asking for the same thing, unless this process has written to
 * the database since the read began; a failed read ahead is simply read again.
 */
final class PrefetchedRead<T> {

    private final LongSupplier changeCount;
    private final AtomicReference<Entry<T>> ahead = new AtomicReference<>();

    private record Entry<T>(long atChange, Object key, CompletableFuture<T> value) {
    }

    PrefetchedRead(LongSupplier changeCount) {
        this.changeCount = changeCount;
    }

    /** Reads now, on the calling thread, for a later {@link #take}. */
    void fill(Object key, Supplier<T> read) {
        CompletableFuture<T> value = new CompletableFuture<>();
        ahead.set(new Entry<>(changeCount.getAsLong(), key, value));
        try {
            value.complete(read.get());
        } catch (RuntimeException e) {
            value.completeExceptionally(e);
        }
    }

    /** The read ahead when it is still good for {@code key} (waiting for it if under way), else {@code read}. */
    T take(Object key, Supplier<T> read) {
        Entry<T> entry = ahead.getAndSet(null);
        if (entry != null && entry.atChange() == changeCount.getAsLong() && Objects.equals(entry.key(), key)) {
            try {
                return entry.value().join();
            } catch (CompletionException e) {
                // read again below, where a failure reaches the caller as usual
            }
        }
        return read.get();
    }
}
