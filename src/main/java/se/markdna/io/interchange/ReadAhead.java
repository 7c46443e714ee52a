package se.markdna.io.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads an iterator's elements on a thread of its own, a few batches ahead of the consumer, so
 * that parsing a file (CSV decoding, a workbook's XML) runs on the second core while the import
 * validates and writes. The consumer sees exactly the source's sequence: the same elements in the
 * same order, then the source's exception at the place it happened, if any. At most
 * {@link #BATCHES} × {@link #BATCH_SIZE} elements wait in memory.
 * <p>
 * The source is used by the reading thread only, from its first {@code hasNext()} on, and closed
 * there when it is {@link AutoCloseable}; {@link #close()} stops the reading thread and waits
 * for it, so after close the source is closed too.
 */
public final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    static final int BATCH_SIZE = 256;
    static final int BATCHES = 4;

    /** What the reading thread puts after the last batch: the end, or the source's failure. */
    private record End(Throwable failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES + 1);
    private final Thread reader;
    private volatile boolean closing;
    private volatile Exception closeFailure;
    private Iterator<T> batch = Collections.emptyIterator();
    private End end;

    private ReadAhead(Iterator<T> source, String name) {
        reader = new Thread(() -> read(source), "read-ahead " + name);
        reader.setDaemon(true);
        reader.start();
    }

    public static <T> ReadAhead<T> of(Iterator<T> source, String name) {
        return new ReadAhead<>(source, name);
    }

    private void read(Iterator<T> source) {
        List<T> pending = new ArrayList<>(BATCH_SIZE);
        Throwable failure = null;
        try {
            while (!closing && source.hasNext()) {
                pending.add(source.next());
                if (pending.size() == BATCH_SIZE) {
                    queue.put(pending);
                    pending = new ArrayList<>(BATCH_SIZE);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            closeSource(source);
        }
        try {
            if (!pending.isEmpty()) {
                queue.put(pending);
            }
            queue.put(new End(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeSource(Iterator<T> source) {
        if (source instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                closeFailure = e;
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (!batch.hasNext()) {
            if (end != null) {
                if (end.failure() != null) {
                    rethrow(end.failure());
                }
                return false;
            }
            Object next = take();
            if (next instanceof End e) {
                end = e;
            } else {
                @SuppressWarnings("unchecked")
                List<T> rows = (List<T>) next;
                batch = rows.iterator();
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the file's next rows", e);
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }

    /**
     * Stops reading (when the consumer stops early) and waits until the source is closed. The
     * reading thread is not interrupted, which would break a file channel under it; emptying the
     * queue frees a thread blocked on it, and it stops at the next element.
     */
    @Override
    public void close() throws Exception {
        closing = true;
        queue.clear();
        reader.join();
        if (closeFailure != null) {
            throw closeFailure;
        }
    }
}
