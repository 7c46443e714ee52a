package se.markdna.ui.properties;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs database work for the property register off the JavaFX thread and hands the result back on
 * it. An interface so that the view models test without a toolkit ({@link #direct()}).
 */
public interface Async {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** One daemon worker thread: writes happen in the order the user made them. */
    static Async fx() {
        return Worker.INSTANCE;
    }

    /** Runs at once on the calling thread (view-model tests). */
    static Async direct() {
        return new Async() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T value;
                try {
                    value = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(value);
            }
        };
    }

    final class Worker implements Async {
        static final Worker INSTANCE = new Worker();

        private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "markdna-properties-db");
            t.setDaemon(true);
            return t;
        });

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnFailed(e -> onFailure.accept(task.getException()));
            if (Platform.isFxApplicationThread()) {
                executor.execute(task);
            } else {
                Platform.runLater(() -> executor.execute(task));
            }
        }
    }
}
