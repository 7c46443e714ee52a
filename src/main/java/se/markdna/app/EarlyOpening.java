package se.markdna.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DatabaseLocation;

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
        return start(() -> DatabaseOpener.open(file, messages));
    }

    /** A file, or a shared database logged in to with {@code password} (wiped once used). */
    static EarlyOpening start(DatabaseLocation location, char[] password, Messages messages) {
        return start(() -> DatabaseOpener.open(location, password, messages));
    }

    private static EarlyOpening start(Supplier<DatabaseOpener.Result> open) {
        EarlyOpening opening = new EarlyOpening();
        Thread t = new Thread(() -> {
            try {
                opening.result.complete(open.get());
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
