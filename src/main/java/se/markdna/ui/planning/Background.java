package se.markdna.ui.planning;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import se.markdna.ui.common.BackgroundTask;

/**
 * Runs planning work that touches the database off the JavaFX thread and hands the result back on
 * it. An interface so that the view models test without a toolkit ({@link #direct()}).
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Off the FX thread, results back on it. */
    static Background fx() {
        return FxWorker.INSTANCE;
    }

    /** Runs at once on the calling thread (view-model tests). */
    static Background direct() {
        return new Background() {
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

    /** Through the application's {@link BackgroundTask} (the status bar shows work in flight). */
    final class FxWorker implements Background {
        static final FxWorker INSTANCE = new FxWorker();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            BackgroundTask.of(work).onSuccess(onSuccess::accept).onFailure(onFailure).start();
        }
    }
}
