package se.markdna.ui.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.markdna.i18n.Messages;
import se.markdna.service.BackupService.BackupFile;

/** One backup as the restore dialog shows it: texts made once, the file kept for the restore. */
public record BackupRow(Path file, LocalDateTime taken, String takenText, String sizeText, String kindText) {

    /** ISO date and time: how Swedish offices write it, and unambiguous in English too. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static BackupRow of(BackupFile f, Messages messages) {
        return new BackupRow(f.file(), f.taken(), f.taken().format(WHEN), size(f.size(), messages),
                kind(f.reason(), messages));
    }

    static String size(long bytes, Messages messages) {
        Locale locale = messages.locale();
        if (bytes < 1024L * 1024L) {
            return messages.get("bak.size.kb", String.format(locale, "%,d", Math.max(1, (bytes + 1023) / 1024)));
        }
        return messages.get("bak.size.mb", String.format(locale, "%,.1f", bytes / (1024.0 * 1024.0)));
    }

    static String kind(String reason, Messages messages) {
        String key = "bak.kind." + reason;
        return messages.has(key) ? messages.get(key) : messages.get("bak.kind.other");
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
