package se.markdna.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import se.markdna.domain.Problem;
import se.markdna.domain.settings.Settings;
import se.markdna.io.interchange.Column;
import se.markdna.io.interchange.EnumLabels;
import se.markdna.io.interchange.Headers;
import se.markdna.io.interchange.ReadAhead;
import se.markdna.io.interchange.RowReader;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.io.interchange.SheetRow;
import se.markdna.persistence.ConstraintViolationException;
import se.markdna.persistence.DatabaseException;
import se.markdna.persistence.Database;
import se.markdna.persistence.Repositories;

/**
 * Imports sheets of the interchange format into the register. The whole import runs in one
 * transaction; a preview (dry run) runs the very same work and rolls it back, so what the preview
 * shows is exactly what confirming writes. Any row in error means nothing is written.
 */
public final class ImportService {

    /**
     * @param dryRun        compute the report, write nothing
     * @param dateShiftDays added to every date read (the demo data is kept current this way)
     * @param progress      told the number of rows processed so far (may be null)
     */
    public record Options(boolean dryRun, long dateShiftDays, IntConsumer progress) {
        public static Options write() {
            return new Options(false, 0, null);
        }

        public static Options preview() {
            return new Options(true, 0, null);
        }
    }

    private final Database db;
    private final Repositories repos;
    private final SettingsService settings;
    private final SprayerService sprayers;
    private final Clock clock;
    private final EnumLabels labels = new EnumLabels();

    public ImportService(Database db, Repositories repos, SettingsService settings, SprayerService sprayers,
            Clock clock) {
        this.db = db;
        this.repos = repos;
        this.settings = settings;
        this.sprayers = sprayers;
        this.clock = clock;
    }

    /** Thrown inside the transaction to roll it back while carrying the report out. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rollback() {
            super(null, null, false, false);
        }
    }

    public ImportReport run(List<SheetData> sheets, Options options) {
        ImportReport report = new ImportReport();
        Settings current = settings.current();
        List<SheetData> ordered = sheets.stream()
                .sorted((a, b) -> Integer.compare(a.sheet().ordinal(), b.sheet().ordinal())).toList();
        try {
            db.write(c -> {
                RowImporter importer = new RowImporter(repos, sprayers, current, LocalDate.now(clock));
                int[] processed = {0};
                for (SheetData sheet : ordered) {
                    if (report.stopped() != null) {
                        break; // too many errors already: checking on only costs time (issue 9)
                    }
                    importSheet(c, importer, sheet, options, report, processed);
                }
                if (options.dryRun() || report.hasErrors()) {
                    throw new Rollback();
                }
                return null;
            });
            report.markWritten();
        } catch (Rollback expected) {
            // preview or errors: nothing written, the report says why
        }
        return report;
    }

    private void importSheet(Connection c, RowImporter importer, SheetData data, Options options,
            ImportReport report, int[] processed) throws SQLException {
        Sheet sheet = data.sheet();
        Headers.Match match = Headers.match(sheet, data.headers());
        for (String unknown : match.unknown()) {
            report.warning(new ImportReport.Warning(sheet, data.sourceName(), "import.unknownColumn",
                    List.of(unknown)));
        }
        Column key = sheet.columns().get(0);
        if (!match.has(key.key())) {
            report.error(new ImportReport.Error(sheet, data.sourceName(), 1, "", "import.missingKeyColumn",
                    List.of(key.swedish(), key.english())));
            return;
        }
        Map<String, Integer> seenKeys = new HashMap<>();
        importer.startSheet();
        // the file is parsed on another thread while this one validates and writes
        try (ReadAhead<SheetRow> rows = ReadAhead.of(data.rows().iterator(), data.sourceName())) {
            importRows(c, importer, data, match, rows, options, report, processed, seenKeys);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not close " + data.sourceName(), e);
        }
        importer.finishSheet(c, sheet);
    }

    private void importRows(Connection c, RowImporter importer, SheetData data, Headers.Match match,
            Iterator<SheetRow> rows, Options options, ImportReport report, int[] processed,
            Map<String, Integer> seenKeys) throws SQLException {
        Sheet sheet = data.sheet();
        Column key = sheet.columns().get(0);
        while (rows.hasNext()) {
            SheetRow row = rows.next();
            processed[0]++;
            if (options.progress() != null && processed[0] % 500 == 0) {
                options.progress().accept(processed[0]);
            }
            int errorsBefore = report.errorCount();
            RowReader r = new RowReader(match, row, labels, options.dateShiftDays(),
                    p -> report.error(new ImportReport.Error(sheet, data.sourceName(), row.rowNumber(),
                            headerOf(match, data, p.column()), p.messageKey(), p.args())));
            if (r.isBlankRow()) {
                continue;
            }
            String naturalKey = importer.naturalKey(sheet, r);
            Integer earlier = naturalKey == null ? null : seenKeys.putIfAbsent(naturalKey, row.rowNumber());
            if (earlier != null) {
                report.error(new ImportReport.Error(sheet, data.sourceName(), row.rowNumber(),
                        headerOf(match, data, key), "import.duplicateKey", List.of(earlier)));
                report.count(sheet, row.rowNumber(), naturalKey, ImportReport.Outcome.ERROR);
                continue;
            }
            ImportReport.Outcome outcome;
            try {
                outcome = importer.importRow(c, sheet, r);
            } catch (ValidationException e) {
                for (Problem p : e.problems()) {
                    Column col = sheet.columnForField(p.field()).orElse(key);
                    report.error(new ImportReport.Error(sheet, data.sourceName(), row.rowNumber(),
                            headerOf(match, data, col), p.messageKey(), p.args()));
                }
                outcome = ImportReport.Outcome.ERROR;
            } catch (SQLException e) {
                // the database refused this row; the statement is undone and the import goes on
                // checking, so that the report names every refused row (nothing is written then)
                outcome = refused(db.translate(e), e, sheet, data, match, key, row.rowNumber(), report);
            }
            if (report.errorCount() > errorsBefore) {
                outcome = ImportReport.Outcome.ERROR;
            }
            report.count(sheet, row.rowNumber(), naturalKey, outcome);
            if (report.errorCount() >= ImportReport.STOP_AFTER_ERRORS) {
                // a million wrong rows would take minutes to check and nobody reads past the first
                // thousand errors; stop here and say where (issue 9)
                report.stop(sheet, row.rowNumber());
                return;
            }
        }
    }

    private static ImportReport.Outcome refused(RuntimeException translated, SQLException cause, Sheet sheet,
            SheetData data, Headers.Match match, Column key, int rowNumber, ImportReport report) throws SQLException {
        if (translated instanceof ConstraintViolationException e) {
            report.error(new ImportReport.Error(sheet, data.sourceName(), rowNumber, "", "import.constraint",
                    List.of(String.valueOf(e.getMessage()))));
        } else if (translated instanceof DatabaseException e && e.reason() == DatabaseException.Reason.PERMISSION) {
            // a shared database's row-level security: another organisation's row, or a table only
            // the safety office writes
            report.error(new ImportReport.Error(sheet, data.sourceName(), rowNumber, headerOf(match, data, key),
                    "import.notPermitted", List.of()));
        } else {
            throw cause;
        }
        return ImportReport.Outcome.ERROR;
    }

    /** The header as the file wrote it, so the message points at what the user sees. */
    private static String headerOf(Headers.Match match, SheetData data, Column column) {
        if (column == null) {
            return "";
        }
        for (int i = 0; i < match.byPosition().size(); i++) {
            if (column.equals(match.byPosition().get(i)) && i < data.headers().size()) {
                return data.headers().get(i).strip();
            }
        }
        return column.swedish();
    }
}
