package se.markdna.ui.exchange;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * A background task for file work that reports progress and can be asked to stop. Stopping is a
 * request the work checks ({@link #stopRequested()}), not {@link Task#cancel()}: the work must get
 * the chance to remove what it half wrote before the task counts as finished, and interrupting a
 * thread in the middle of file or database I/O would leave exactly that mess behind.
 */
final class ExchangeTask<T> extends Task<T> {

    /** The work itself; runs on a background thread and may report through the task. */
    @FunctionalInterface
    interface Work<T> {
        T run(ExchangeTask<T> task) throws Exception;
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Work<T> work;
    private final AtomicBoolean stop = new AtomicBoolean();

    private ExchangeTask(Work<T> work) {
        this.work = work;
    }

    /** Builds the task; call {@link #start()} once its handlers are set. */
    static <T> ExchangeTask<T> of(Work<T> work) {
        return new ExchangeTask<>(work);
    }

    void start() {
        Thread t = new Thread(this, "markdna-exchange-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        t.start();
    }

    @Override
    protected T call() throws Exception {
        return work.run(this);
    }

    void requestStop() {
        stop.set(true);
    }

    boolean stopRequested() {
        return stop.get();
    }

    void progress(long done, long total) {
        updateProgress(done, total);
    }

    void message(String text) {
        updateMessage(text);
    }
}
