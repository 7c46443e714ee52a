package se.markdna.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DatabaseException;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.service.AppServices;

/**
 * Opens the database for the GUI and turns a refusal into a message the user can read
 * ({@code db.error.<REASON>} with the file or the server). Lives in app/ because ui/ may not see persistence.
 */
public final class DatabaseOpener {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpener.class);

    /** Either the open services or the reason and message why not. */
    public record Result(AppServices services, String reason, String message) {
        public boolean ok() {
            return services != null;
        }

        static Result opened(AppServices services) {
            return new Result(Objects.requireNonNull(services), null, null);
        }

        static Result failed(String reason, String message) {
            return new Result(null, reason, message);
        }
    }

    private DatabaseOpener() {
    }

    /**
     * Opens (creating or migrating) the file, and starts the start-up backup behind it (see
     * {@link AppServices#openWithBackupBehind}); never throws for a database or file failure.
     */
    public static Result open(Path file, Messages messages) {
        Result result = openLeavingBackup(file, messages);
        if (result.ok()) {
            result.services().startStartupBackup();
        }
        return result;
    }

    /** As {@link #open(Path, Messages)}, leaving the start-up backup to the caller ({@link AppServices#startStartupBackup()}). */
    static Result openLeavingBackup(Path file, Messages messages) {
        Path absolute = file.toAbsolutePath();
        try {
            return Result.opened(AppServices.openWithBackupBehind(absolute));
        } catch (DatabaseException e) {
            LOG.warn("Could not open database {}: {} {}", absolute, e.reason(), e.getMessage(), e);
            String shown = e.file() != null ? e.file() : absolute.toString();
            return Result.failed(e.reason().name(), messages.get("db.error." + e.reason().name(), shown));
        } catch (RuntimeException e) {
            LOG.error("Could not open database {}", absolute, e);
            return Result.failed("IO", messages.get("db.error.IO", absolute + " (" + e.getMessage() + ")"));
        }
    }

    /**
     * Opens a file as {@link #open(Path, Messages)} does (the password is ignored), or logs in to a
     * shared database with {@code password}, which is wiped once the driver has it. Never throws
     * for a database or connection failure; the message names the server, never the password.
     */
    public static Result open(DatabaseLocation location, char[] password, Messages messages) {
        if (location instanceof DatabaseLocation.SqliteFile file) {
            wipe(password);
            return open(file.file(), messages);
        }
        String shown = location.describe();
        try {
            return Result.opened(AppServices.open(location, password, false));
        } catch (DatabaseException e) {
            // the driver's text may be long; the reason and the server are what the user needs
            LOG.warn("Could not open the shared database {}: {} {}", shown, e.reason(), e.getMessage());
            LOG.debug("Details of the refusal", e);
            return Result.failed(e.reason().name(), messages.get("db.error." + e.reason().name(), shown));
        } catch (RuntimeException e) {
            LOG.error("Could not open the shared database {}", shown, e);
            return Result.failed("IO", messages.get("db.error.IO", shown + " (" + e.getMessage() + ")"));
        } finally {
            wipe(password);
        }
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
