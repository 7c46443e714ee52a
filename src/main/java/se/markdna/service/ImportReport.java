package se.markdna.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.markdna.io.interchange.Sheet;

/**
 * What an import did or would do: per sheet how many rows are new, updated, unchanged or in
 * error; every error with its sheet, row and column; and warnings such as unknown columns.
 */
public final class ImportReport {

    public enum Outcome {
        NEW,
        UPDATED,
        UNCHANGED,
        ERROR
    }

    /** A problem with a cell or row; column is the header as written in the file (may be empty). */
    public record Error(Sheet sheet, String source, int row, String column, String messageKey, List<Object> args) {
    }

    /** A note that does not stop the import, e.g. an unknown column that was ignored. */
    public record Warning(Sheet sheet, String source, String messageKey, List<Object> args) {
    }

    public record RowResult(Sheet sheet, int row, String key, Outcome outcome) {
    }

    /** Errors past this many are counted but not kept; a broken million-row file must not fill the heap. */
    public static final int MAX_KEPT_ERRORS = 1_000;
    /** Row results past this many are counted but not kept. */
    public static final int MAX_KEPT_ROWS = 20_000;
    /** After this many errors the import stops checking further rows (nothing is written anyway). */
    public static final int STOP_AFTER_ERRORS = MAX_KEPT_ERRORS;

    /** Where checking stopped because of too many errors. */
    public record Stop(Sheet sheet, int row) {
    }

    private Stop stopped;

    private final Map<Sheet, int[]> counts = new EnumMap<>(Sheet.class);
    private final List<Error> errors = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<RowResult> rows = new ArrayList<>();
    private int errorCount;
    private boolean written;

    void count(Sheet sheet, int row, String key, Outcome outcome) {
        counts.computeIfAbsent(sheet, s -> new int[Outcome.values().length])[outcome.ordinal()]++;
        if (rows.size() < MAX_KEPT_ROWS) {
            rows.add(new RowResult(sheet, row, key, outcome));
        }
    }

    void error(Error e) {
        errorCount++;
        if (errors.size() < MAX_KEPT_ERRORS) {
            errors.add(e);
        }
    }

    void warning(Warning w) {
        warnings.add(w);
    }

    void stop(Sheet sheet, int row) {
        stopped = new Stop(sheet, row);
    }

    /** Where the import stopped checking after {@link #STOP_AFTER_ERRORS} errors, or null. */
    public Stop stopped() {
        return stopped;
    }

    void markWritten() {
        written = true;
    }

    public int count(Sheet sheet, Outcome outcome) {
        int[] c = counts.get(sheet);
        return c == null ? 0 : c[outcome.ordinal()];
    }

    public int total(Outcome outcome) {
        int n = 0;
        for (int[] c : counts.values()) {
            n += c[outcome.ordinal()];
        }
        return n;
    }

    public List<Sheet> sheets() {
        return List.copyOf(counts.keySet());
    }

    public List<Error> errors() {
        return List.copyOf(errors);
    }

    public int errorCount() {
        return errorCount;
    }

    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    public List<RowResult> rows() {
        return List.copyOf(rows);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** True when the rows were committed to the database (not a preview, no errors). */
    public boolean written() {
        return written;
    }
}
