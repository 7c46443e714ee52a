package se.markdna.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.markdna.persistence.Database;

/**
 * Backups of the register: taken with SQLite's online backup API into a {@code backups} folder
 * beside the database, named by time so that they sort, and rotated to the number kept in the
 * settings. A restore first backs up the current state, so a restore can itself be undone.
 */
public final class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Database db;
    private final SettingsService settings;
    private final Clock clock;

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

    /** A backup into the backups folder, then rotation. */
    public Path backupNow(String reason) {
        Path target = nextBackupFile(db.file(), clock, reason);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        db.backupTo(target);
        rotate();
        return target;
    }

    /** A backup to a file the user chose. */
    public void backupTo(Path target) {
        db.backupTo(target);
    }

    /** Makes a backup of the current state, then replaces it with the given backup's content. */
    public Path restore(Path from) {
        Database.checkReadable(from);
        Path safety = backupNow("before-restore");
        db.restoreFrom(from);
        return safety;
    }

    /** Deletes the oldest backups beyond the number to keep. */
    public List<Path> rotate() {
        List<Path> backups = list();
        int keep = settings.current().backupsToKeep();
        List<Path> deleted = new ArrayList<>();
        for (int i = 0; i < backups.size() - keep; i++) {
            try {
                Files.deleteIfExists(backups.get(i));
                deleted.add(backups.get(i));
            } catch (IOException e) {
                // a backup that cannot be deleted is kept; rotation tries again next time
            }
        }
        return deleted;
    }

    /** The backups of this database, oldest first. */
    public List<Path> list() {
        Path folder = folderFor(db.file());
        String prefix = db.file().getFileName().toString().replaceFirst("\\.db$", "") + "-";
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, prefix + "*.db")) {
            dir.forEach(result::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        result.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return result;
    }
}
