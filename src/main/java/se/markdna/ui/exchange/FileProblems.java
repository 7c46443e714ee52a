package se.markdna.ui.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.markdna.i18n.Messages;
import se.markdna.io.csv.CsvFormatException;
import se.markdna.io.interchange.SpreadsheetFileException;
import se.markdna.service.exchange.ImportMessages;

/**
 * A failed read or write of a user's file as one sentence in the UI language: which file, and what
 * to do about it where there is something to do. Never a stack trace; those go to the log.
 */
final class FileProblems {

    private final Messages m;

    FileProblems(Messages m) {
        this.m = m;
    }

    /** Something went wrong reading the files to import; null when it was not a file problem. */
    String reading(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof SpreadsheetFileException e) {
            return new ImportMessages(m).fileError(e);
        }
        if (t instanceof NoSuchFileException e) {
            return m.get("exchange.common.notFound", e.getFile());
        }
        if (t instanceof CsvFormatException e) {
            return m.get("exchange.common.readFailed", "CSV", e.getMessage());
        }
        if (t instanceof FileSystemException e) {
            return m.get("exchange.common.readFailed", e.getFile(), reason(e));
        }
        if (t instanceof IOException e) {
            return m.get("exchange.common.readFailed", "", String.valueOf(e.getMessage()));
        }
        return null;
    }

    /** Something went wrong writing {@code target}; null when it was not a file problem. */
    String writing(Throwable error, Path target) {
        Throwable t = unwrap(error);
        String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        if (t instanceof AccessDeniedException || t instanceof FileSystemException e && e.getReason() != null
                && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("process")) {
            // Windows: the file is open in Excel, which locks it
            return m.get("exchange.common.fileBusy", name);
        }
        if (t instanceof FileSystemException e) {
            return m.get("exchange.common.writeFailed", name, reason(e));
        }
        if (t instanceof IOException e) {
            return m.get("exchange.common.writeFailed", name, String.valueOf(e.getMessage()));
        }
        return null;
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof UncheckedIOException || t instanceof java.util.concurrent.ExecutionException
                || t instanceof RuntimeException && !(t instanceof CsvFormatException)) && t.getCause() != null
                && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
