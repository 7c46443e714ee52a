package se.markdna.ui.sprayers;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * How the sprayer views run database work: off the JavaFX thread, with the result handed back on
 * it. An interface so that view models test without a toolkit ({@link #direct()}).
 * Written before ui/common.BackgroundTask existed; folding it (and ui/properties/Async, ui/planning/Background) into that helper is open work.
 */
public interface Async {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** One daemon thread, so that writes happen in the order the user made them. */
    static Async fx() {
        return FxAsync.INSTANCE;
    }

    /** Runs the work at once on the calling thread: for tests of view models. */
    static Async direct() {
        return new Async() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(value);
            }
        };
    }

    final class FxAsync implements Async {
        static final FxAsync INSTANCE = new FxAsync();

        private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "markdna-sprayers-db");
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
            if (!Platform.isFxApplicationThread()) {
                Platform.runLater(() -> executor.execute(task));
            } else {
                executor.execute(task);
            }
        }
    }
}
