package se.markdna.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs disk or database work off the JavaFX application thread and hands the result back on it.
 *
 * <pre>{@code
 * BackgroundTask.of(() -> services.health().counts())
 *         .busy(view.busyProperty())          // optional: true while running
 *         .onSuccess(counts -> show(counts))  // on the FX thread
 *         .onFailure(error -> dialogs.error(...)) // optional: default is the uncaught-error dialog
 *         .start();
 * }</pre>
 *
 * All tasks share a small pool of daemon threads. {@link #runningProperty()} counts the tasks in
 * flight (the status bar shows a spinner while it is above zero).
 */
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "markdna-background-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private static final ReadOnlyIntegerWrapper RUNNING = new ReadOnlyIntegerWrapper(0);

    private final Callable<T> work;
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };
    private BooleanProperty busy;

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** For work without a result. */
    public static BackgroundTask<Void> ofRunnable(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    /** Called on the FX thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Called on the FX thread with the failure; without one, the error goes to {@link ErrorHandler}. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Called on the FX thread after success or failure. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /** Set to true while the work runs (on the FX thread). */
    public BackgroundTask<T> busy(BooleanProperty property) {
        this.busy = property;
        return this;
    }

    /** Starts the work; may be called from any thread. Returns the underlying task. */
    public Task<T> start() {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finish();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            Throwable error = task.getException();
            if (onFailure != null) {
                onFailure.accept(error);
            } else {
                ErrorHandler.handle(error);
            }
        });
        onFx(() -> {
            RUNNING.set(RUNNING.get() + 1);
            if (busy != null) {
                busy.set(true);
            }
            EXECUTOR.execute(task);
        });
        return task;
    }

    private void finish() {
        RUNNING.set(Math.max(0, RUNNING.get() - 1));
        if (busy != null) {
            busy.set(false);
        }
        try {
            onFinished.run();
        } catch (RuntimeException e) {
            LOG.error("onFinished handler failed", e);
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** How many background tasks are running (read on the FX thread). */
    public static ReadOnlyIntegerProperty runningProperty() {
        return RUNNING.getReadOnlyProperty();
    }
}
