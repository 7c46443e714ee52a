package se.markdna.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DatabaseLocation;

/**
 * Opens the database (checks, migrations) on a thread of its own from the moment the GUI is
 * launched, while the JavaFX toolkit starts on the other core; the start-up screen then waits for
 * the result instead of beginning the work itself. Once open, the same thread reads the property
 * list ahead (with 100,000 properties about a second, which then overlaps the toolkit's start and
 * the first screen instead of following them) and the Service due list, to which the start-up
 * notice of sprayers needing attention leads, and only then starts the start-up backup behind
 * (see {@link se.markdna.service.AppServices#openWithBackupBehind}).
 */
final class EarlyOpening implements Supplier<DatabaseOpener.Result> {

    private final CompletableFuture<DatabaseOpener.Result> result = new CompletableFuture<>();
    private final CompletableFuture<Void> readAhead = new CompletableFuture<>();

    private EarlyOpening() {
    }

    static EarlyOpening start(Path file, Messages messages) {
        return start(() -> DatabaseOpener.openLeavingBackup(file, messages));
    }

    /** A file, or a shared database logged in to with {@code password} (wiped once used). */
    static EarlyOpening start(DatabaseLocation location, char[] password, Messages messages) {
        return start(() -> DatabaseOpener.open(location, password, messages));
    }

    private static EarlyOpening start(Supplier<DatabaseOpener.Result> open) {
        EarlyOpening opening = new EarlyOpening();
        Thread t = new Thread(() -> {
            DatabaseOpener.Result opened;
            try {
                opened = open.get();
                opening.result.complete(opened);
                if (opened.ok()) {
                    opened.services().register().prefetchPropertySummaries();
                    opened.services().sprayers().prefetchServiceDue();
                    // only now: on two cores the backup would otherwise slow the read that the
                    // first screens wait for
                    opened.services().startStartupBackup();
                }
            } catch (RuntimeException | Error e) {
                opening.result.completeExceptionally(e);
            } finally {
                opening.readAhead.complete(null);
            }
        }, "open-database");
        t.setDaemon(true);
        t.start();
        return opening;
    }

    /** Done when the property list has been read ahead (or there was nothing to read). */
    CompletableFuture<Void> readAhead() {
        return readAhead;
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
