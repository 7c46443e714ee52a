package se.markdna.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.markdna.persistence.Actor;
import se.markdna.persistence.AuditRepository;
import se.markdna.persistence.Database;
import se.markdna.persistence.DatabaseException;
import se.markdna.persistence.PersonalDataRepository;
import se.markdna.persistence.Repositories;

/**
 * Backups of the register: taken with SQLite's online backup API into a {@code backups} folder
 * beside the database, named by time so that they sort, and rotated to the number kept in the
 * settings. A restore first backs up the current state, so a restore can itself be undone.
 *
 * <p>The open {@link Database} holds no long-lived connection (each piece of work opens its own),
 * so a restore can replace the content under the running application: SQLite's backup API writes
 * the new pages in one transaction on the live file, other connections wait for it (busy timeout)
 * and the next one sees the restored register. A restore therefore never swaps files, and a
 * refused or failed restore leaves the file exactly as it was.
 */
public final class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** {@code <name>-yyyyMMdd-HHmmss-SSS-<reason>.db}, as {@link #nextBackupFile} writes them. */
    private static final String PARTIAL = ".part";
    private static final Pattern NAME = Pattern.compile(".*-(\\d{8}-\\d{6}-\\d{3})-([A-Za-z0-9_-]+)\\.db");
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Database db;
    private final SettingsService settings;
    private final Clock clock;

    /** One file in the backups folder. {@code reason} is "start", "manual", "before-restore"… or "". */
    public record BackupFile(Path file, LocalDateTime taken, long size, String reason) {
    }

    public BackupService(Database db, SettingsService settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    public static Path folderFor(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return parent.resolve("backups");
    }

    static Path nextBackupFile(Path databaseFile, Clock clock, String reason) {
        String name = databaseFile.getFileName().toString().replaceFirst("\\.db$", "");
        return folderFor(databaseFile).resolve(name + "-" + LocalDateTime.now(clock).format(STAMP) + "-" + reason
                + ".db");
    }

    /** The backups folder of the open database (it may not exist yet). */
    public Path folder() {
        return folderFor(db.file());
    }

    /**
     * The file a backup taken now would get. The restore dialog shows it in its question and then
     * passes it to {@link #restore(Path, Path)}, so the user is told the real name.
     */
    public Path newBackupFile(String reason) {
        return nextBackupFile(db.file(), clock, reason);
    }

    /** A backup into the backups folder, then rotation. */
    public Path backupNow(String reason) {
        Path target = newBackupFile(reason);
        createFolder(target);
        db.backupTo(target);
        rotate();
        return target;
    }

    /**
     * The start-up backup taken while the application is already open (when the start does not
     * change the database's structure): written under a temporary name and renamed when complete,
     * so that a backup cut short by the application closing is never listed as one; then the
     * backups are rotated. The returned future holds the backup, or the failure to report.
     */
    public java.util.concurrent.CompletableFuture<Path> startupBackupInBackground() {
        java.util.concurrent.CompletableFuture<Path> done = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(backupCompleteOrNothing("start"));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "start-up-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return done;
    }

    private Path backupCompleteOrNothing(String reason) {
        Path target = newBackupFile(reason);
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        createFolder(target);
        deletePartialBackups();
        try {
            db.backupTo(partial);
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, target.toString(),
                    "Could not finish the start-up backup: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // left for the next start to delete
            }
        }
        rotate();
        return target;
    }

    /** Backups an earlier run did not finish (it was closed during one). */
    private void deletePartialBackups() {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder(), "*" + PARTIAL)) {
            for (Path p : dir) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // nothing to clean, or the next start tries again
        }
    }

    /** A backup to a file the user chose. */
    public void backupTo(Path target) {
        createFolder(target); // SQLite creates the file but not a missing folder
        db.backupTo(target);
    }

    /** Makes a backup of the current state, then replaces it with the given backup's content. */
    public Path restore(Path from) {
        return restore(from, newBackupFile("before-restore"));
    }

    /**
     * Replaces the register with the content of {@code from}: the file is first copied (online
     * backup) into the backups folder, checked there (an SQLite file, a Märk-DNA register, not from
     * a newer version, SQLite's integrity and foreign-key checks) and migrated to this version;
     * only then is the current register backed up to {@code safetyBackup} and overwritten.
     *
     * @return the safety backup of the content before the restore
     * @throws RestoreRefusedException when the file may not be restored; nothing was changed
     */
    public Path restore(Path from, Path safetyBackup) {
        Path source = from.toAbsolutePath();
        checkSource(source);
        Path staging = folder().resolve(".restoring-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        createFolder(staging);
        try {
            stage(source, staging);
            // a contact erased since the backup was taken stays erased (the right to erasure
            // must not be undone by a restore)
            eraseIn(Database.open(staging), erasedContacts(db));
            createFolder(safetyBackup);
            db.backupTo(safetyBackup);
            try {
                db.restoreFrom(staging);
            } catch (DatabaseException e) {
                throw refused(e, source);
            }
            rotate();
            return safetyBackup;
        } finally {
            deleteQuietly(staging);
        }
    }

    private void checkSource(Path source) {
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new RestoreRefusedException(RestoreRefusedException.Reason.NOT_FOUND, source,
                    "No such file: " + source, null);
        }
        try {
            if (Files.exists(db.file()) && Files.isSameFile(source, db.file())) {
                throw new RestoreRefusedException(RestoreRefusedException.Reason.SAME_FILE, source,
                        "That is the open database itself: " + source, null);
            }
            try (InputStream in = Files.newInputStream(source)) {
                // an empty file would open as an empty database and wipe the register
                if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
                    throw new RestoreRefusedException(RestoreRefusedException.Reason.NOT_A_DATABASE, source,
                            "Not an SQLite database: " + source, null);
                }
            }
        } catch (IOException e) {
            throw new RestoreRefusedException(RestoreRefusedException.Reason.NOT_FOUND, source,
                    "Cannot read " + source + ": " + e.getMessage(), e);
        }
        try {
            Database.checkReadable(source);
        } catch (DatabaseException e) {
            throw refused(e, source);
        }
    }

    /** Copies the source next to the backups and proves it is a register this version can use. */
    private static void stage(Path source, Path staging) {
        try {
            Database.backupBeforeOpening(source, staging);
            Database.readOnly(staging, c -> {
                List<String> problems = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                            problems.add(rs.getString(1));
                        }
                    }
                }
                if (!problems.isEmpty()) {
                    throw new RestoreRefusedException(RestoreRefusedException.Reason.DAMAGED, source,
                            "The file is damaged: " + String.join("; ", problems), null);
                }
                // a register always has Flyway's history; any other SQLite file would be
                // "migrated" into an empty register and replace the real one
                boolean register;
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                        + " AND name = 'flyway_schema_history'"); ResultSet rs = ps.executeQuery()) {
                    register = rs.next() && rs.getInt(1) == 1;
                }
                if (register) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT count(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL");
                            ResultSet rs = ps.executeQuery()) {
                        register = rs.next() && rs.getInt(1) > 0;
                    }
                }
                if (!register) {
                    throw new RestoreRefusedException(RestoreRefusedException.Reason.NOT_A_REGISTER, source,
                            "An SQLite file, but not a Märk-DNA register: " + source, null);
                }
                return null;
            });
            // an older backup is brought up to this version here, not in the live file
            Database staged = Database.open(staging);
            List<String> problems = staged.read(Repositories::integrityProblems);
            if (!problems.isEmpty()) {
                throw new RestoreRefusedException(RestoreRefusedException.Reason.DAMAGED, source,
                        "The file is damaged: " + String.join("; ", problems), null);
            }
        } catch (DatabaseException e) {
            throw refused(e, source);
        }
    }

    /** The contacts erased in a register, as (id, created_at): the pair tells the same record apart. */
    private static Map<Long, String> erasedContacts(Database d) {
        return d.read(c -> {
            Map<Long, String> ids = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, created_at FROM contact WHERE erased_at IS NOT NULL");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getString(2));
                }
            }
            return ids;
        });
    }

    /**
     * Erases the given contacts in another copy of the register (a staged restore, a backup) where
     * they still hold personal data, then compacts that file. A contact counts as the same only
     * when id and creation time match, so a file from another installation is not touched wrongly.
     */
    private int eraseIn(Database target, Map<Long, String> contacts) {
        if (contacts.isEmpty()) {
            return 0;
        }
        PersonalDataRepository personal = new PersonalDataRepository(new AuditRepository(), Actor.osUser(), clock);
        int erased = target.write(c -> {
            int n = 0;
            for (Map.Entry<Long, String> e : contacts.entrySet()) {
                boolean present;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT 1 FROM contact WHERE id = ? AND created_at = ? AND erased_at IS NULL")) {
                    ps.setLong(1, e.getKey());
                    ps.setString(2, e.getValue());
                    try (ResultSet rs = ps.executeQuery()) {
                        present = rs.next();
                    }
                }
                if (present && personal.erase(c, e.getKey())) {
                    n++;
                }
            }
            return n;
        });
        if (erased > 0) {
            target.read(c -> {
                personal.compact(c);
                return null;
            });
        }
        return erased;
    }

    /**
     * Erases a contact (already erased in the open register) from every backup in the backups
     * folder too; otherwise the data would stay in them until they rotate out. Returns how many
     * backups held the contact's data.
     */
    public int eraseContactFromBackups(long contactId) {
        Map<Long, String> erased = erasedContacts(db);
        if (!erased.containsKey(contactId)) {
            throw new IllegalArgumentException("Contact " + contactId + " is not erased in the register");
        }
        Map<Long, String> one = Map.of(contactId, erased.get(contactId));
        int changed = 0;
        for (Path backup : list()) {
            if (eraseIn(Database.open(backup), one) > 0) {
                changed++;
            }
        }
        return changed;
    }

    private static RestoreRefusedException refused(DatabaseException e, Path source) {
        RestoreRefusedException.Reason reason = switch (e.reason()) {
            // the header was checked already: an SQLite file that cannot be read is damaged
            case NOT_SQLITE -> RestoreRefusedException.Reason.DAMAGED;
            case SCHEMA_TOO_NEW -> RestoreRefusedException.Reason.NEWER_VERSION;
            case LOCKED -> RestoreRefusedException.Reason.BUSY;
            case READ_ONLY, MIGRATION_FAILED, IO, SHARED, CONNECTION, NOT_SET_UP, PERMISSION ->
                    RestoreRefusedException.Reason.FAILED;
        };
        return new RestoreRefusedException(reason, source, e.getMessage(), e);
    }

    private static void createFolder(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path staging) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(staging + suffix));
            } catch (IOException e) {
                // a left-over staging file is hidden and harmless; the next restore uses a new name
            }
        }
    }

    /** Deletes the oldest backups beyond the number to keep (the setting "backups to keep"). */
    public List<Path> rotate() {
        List<Path> backups = list();
        int keep = settings.current().backupsToKeep();
        List<Path> deleted = new ArrayList<>();
        for (int i = 0; i < backups.size() - keep; i++) {
            try {
                Files.deleteIfExists(backups.get(i));
                deleted.add(backups.get(i));
                // a read-only look at a WAL-mode backup (restore's checks) leaves these beside it
                Files.deleteIfExists(Path.of(backups.get(i) + "-wal"));
                Files.deleteIfExists(Path.of(backups.get(i) + "-shm"));
            } catch (IOException e) {
                // a backup that cannot be deleted is kept; rotation tries again next time
            }
        }
        return deleted;
    }

    /** The backups of this database, oldest first. */
    public List<Path> list() {
        Path folder = folder();
        String prefix = db.file().getFileName().toString().replaceFirst("\\.db$", "") + "-";
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, prefix + "*.db")) {
            dir.forEach(result::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return result;
    }

    /** The backups of this database with their time and size, newest first (for the restore dialog). */
    public List<BackupFile> backups() {
        List<BackupFile> result = new ArrayList<>();
        for (Path p : list()) {
            try {
                result.add(describe(p));
            } catch (IOException e) {
                // deleted by rotation in another process meanwhile: not listed
            }
        }
        result.sort(Comparator.comparing(BackupFile::taken).reversed());
        return result;
    }

    /** A backup's time (from its name, else the file's time), size and reason. */
    public static BackupFile describe(Path p) throws IOException {
        long size = Files.size(p);
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
            try {
                return new BackupFile(p, LocalDateTime.parse(m.group(1), STAMP), size, m.group(2));
            } catch (DateTimeParseException e) {
                // fall through to the file's time
            }
        }
        LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(),
                ZoneId.systemDefault());
        return new BackupFile(p, modified, size, "");
    }
}
