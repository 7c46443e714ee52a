package se.markdna.ui.properties;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import se.markdna.ui.common.BackgroundTask;

/**
 * How the register's view models start database work. In the application every job goes through
 * the shared {@link BackgroundTask} pool (so the main window's spinner counts it); view-model tests
 * run without a JavaFX toolkit, where {@link BackgroundTask} cannot hand results back, so they use
 * {@link #immediate()}.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Off the JavaFX thread through {@link BackgroundTask}; callbacks on the JavaFX thread. */
    static BackgroundRunner backgroundTask() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                BackgroundTask.of(work).onSuccess(onSuccess::accept).onFailure(onFailure).start();
            }
        };
    }

    /** On the calling thread, at once: for view-model tests without a toolkit. */
    static BackgroundRunner immediate() {
        return new BackgroundRunner() {
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
}
