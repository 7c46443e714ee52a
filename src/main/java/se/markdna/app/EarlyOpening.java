package se.markdna.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import se.markdna.i18n.Messages;

/**
 * Opens the database (start-up backup, checks, migrations) on a thread of its own from the moment
 * the GUI is launched, while the JavaFX toolkit starts on the other core; the start-up screen then
 * waits for the result instead of beginning the work itself. The start-up backup of a large
 * register alone takes about a second.
 */
final class EarlyOpening implements Supplier<DatabaseOpener.Result> {

    private final CompletableFuture<DatabaseOpener.Result> result = new CompletableFuture<>();

    private EarlyOpening() {
    }

    static EarlyOpening start(Path file, Messages messages) {
        EarlyOpening opening = new EarlyOpening();
        Thread t = new Thread(() -> {
            try {
                opening.result.complete(DatabaseOpener.open(file, messages));
            } catch (RuntimeException | Error e) {
                opening.result.completeExceptionally(e);
            }
        }, "open-database");
        t.setDaemon(true);
        t.start();
        return opening;
    }

    /** Waits for the opening; throws what it threw (DatabaseOpener itself reports database failures in its result). */
    @Override
    public DatabaseOpener.Result get() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the database was being opened", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
