package se.markdna.service.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import se.markdna.domain.Labelled;
import se.markdna.domain.planning.CostEstimate;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.register.Coverage;
import se.markdna.domain.settings.Settings;
import se.markdna.domain.sprayer.SprayerCondition;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.io.interchange.Column;
import se.markdna.io.interchange.ColumnType;
import se.markdna.io.interchange.CsvSheetWriter;
import se.markdna.io.interchange.EnumLabels;
import se.markdna.io.interchange.ExtraSheets;
import se.markdna.io.interchange.OutColumn;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.TableSink;
import se.markdna.io.interchange.WriteBehind;
import se.markdna.io.xlsx.XlsxWorkbookWriter;
import se.markdna.persistence.Database;
import se.markdna.persistence.InterchangeQueries;
import se.markdna.persistence.PlanningQueries;
import se.markdna.persistence.Repositories;
import se.markdna.service.PlanningService;
import se.markdna.service.SettingsService;

/**
 * Exports the register: a workbook with one sheet per entity plus the Service due work list,
 * Coverage per district and an About sheet, or one CSV file per entity. Everything is read in one
 * read transaction and streamed row by row to the file, so the export is consistent and its memory
 * use does not grow with the register. Personal data (contact names, phones, emails; a property's
 * contact) is left out unless asked for; without it the Contacts sheet is left out altogether, as
 * its rows could not be told apart.
 */
public final class ExportService {

    /** Told how far the export has come; returns false to cancel. */
    @FunctionalInterface
    public interface Progress {
        boolean rowsWritten(String sheet, long rows);
    }

    /**
     * @param out          the .xlsx file, or the folder for CSV files when {@code csv}
     * @param english      headers, sheet names and labels in English
     * @param filters      a description of the filters applied (null: none), shown on the About sheet
     * @param appVersion   the application version, shown on the About sheet
     * @param progress     may be null
     */
    public record ExportRequest(Path out, boolean csv, boolean english, boolean includePersonalData, String filters,
            String appVersion, Progress progress) {

        public static ExportRequest xlsx(Path out, boolean english, boolean includePersonalData) {
            return new ExportRequest(out, false, english, includePersonalData, null, "dev", null);
        }

        public static ExportRequest csv(Path folder, boolean english, boolean includePersonalData) {
            return new ExportRequest(folder, true, english, includePersonalData, null, "dev", null);
        }
    }

    /**
     * Only these rows of one sheet, in this order: the rows a table in the application shows. Such
     * an export holds that sheet alone (and, in a workbook, the About sheet naming the filter).
     *
     * @param filterText a short description of the table's filter (empty: none), for the About sheet
     */
    public record RowSelection(Sheet sheet, List<Long> ids, String filterText) {
        public RowSelection {
            Objects.requireNonNull(sheet);
            ids = List.copyOf(ids);
            filterText = filterText == null ? "" : filterText;
        }
    }

    /**
     * Told after every row how many of the export's rows are written so far, out of how many;
     * returns false to cancel. Cheap enough to call per row, so a cancel takes effect at once.
     */
    @FunctionalInterface
    public interface RowProgress {
        boolean rowsWritten(long written, long total);
    }

    /** What was written: rows per sheet (sheet name as written) and the files. */
    public record ExportResult(Map<String, Long> rowCounts, List<Path> files) {
    }

    /** The export was cancelled through its progress callback; nothing was left behind. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("export cancelled");
        }
    }

    private static final int PROGRESS_EVERY = 1_000;

    private final Database db;
    private final SettingsService settings;
    private final PlanningService planning;
    private final Clock clock;
    private final String user;
    private final InterchangeQueries queries = new InterchangeQueries();
    private final EnumLabels labels = new EnumLabels();

    public ExportService(Database db, SettingsService settings, PlanningService planning, Clock clock, String user) {
        this.db = db;
        this.settings = settings;
        this.planning = planning;
        this.clock = clock;
        this.user = user;
    }

    public ExportResult export(ExportRequest request) throws IOException {
        return export(request, null, null);
    }

    /**
     * Exports everything, or only the selected rows of one sheet, telling {@code progress} the rows
     * written out of the total. A cancelled or failed export leaves nothing behind: the workbook
     * is only moved into place once complete, and CSV files already written are deleted.
     *
     * @param selection null for everything
     * @param progress  may be null
     * @throws CancelledException when either progress callback asked to stop
     */
    public ExportResult export(ExportRequest request, RowSelection selection, RowProgress progress)
            throws IOException {
        Run run = new Run(request, selection, progress);
        Settings current = settings.current();
        Map<Long, Double> scores = new HashMap<>();
        for (RankedSite r : planning.ranking(null)) {
            scores.put(r.site().id(), r.score().score());
        }
        List<DistrictCoverage> coverage = db.read(new PlanningQueries()::districtCoverage);
        if (request.csv()) {
            boolean folderExisted = Files.exists(request.out());
            CsvSheetWriter csv = new CsvSheetWriter(request.out(), !request.english());
            boolean complete = false;
            try {
                try (csv) {
                    Map<String, Long> counts = write(csv, run, current, scores, coverage);
                    complete = true;
                    return new ExportResult(counts, csv.written());
                }
            } finally {
                if (!complete) {
                    removeIncomplete(csv.written(), folderExisted ? null : request.out());
                }
            }
        }
        try (XlsxWorkbookWriter xlsx = new XlsxWorkbookWriter(request.out())) {
            Map<String, Long> counts;
            // POI builds the workbook on a second thread while this one reads the database
            try (WriteBehind behind = new WriteBehind(xlsx, "export")) {
                counts = write(behind, run, current, scores, coverage);
                behind.finish();
            }
            xlsx.finish();
            return new ExportResult(counts, List.of(request.out()));
        }
    }

    /** A half-written set of CSV files is worse than none: it would import as a partial register. */
    private static void removeIncomplete(List<Path> files, Path createdFolder) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // best effort; the export's own failure is what the caller is told about
            }
        }
        if (createdFolder != null) {
            try (java.util.stream.Stream<Path> left = Files.list(createdFolder)) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(createdFolder);
                }
            } catch (IOException e) {
                // as above
            }
        }
    }

    private Map<String, Long> write(TableSink sink, Run run, Settings current,
            Map<Long, Double> scores, List<DistrictCoverage> coverage) throws IOException {
        ExportRequest request = run.request;
        boolean en = request.english();
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            db.read(c -> {
                try {
                    // the total only feeds the fraction told to a RowProgress; counting it runs the
                    // Service due query (join and sort of every due sprayer) a second time, ~5 % of an
                    // export of the whole register, so it is skipped when nobody asks
                    run.total = run.progress == null ? 0 : total(c, run, current, coverage);
                    for (Sheet sheet : Sheet.values()) {
                        if (sheet == Sheet.CONTACTS && !request.includePersonalData()
                                || run.selection != null && sheet != run.selection.sheet()) {
                            continue;
                        }
                        counts.put(sheet.name(en), entitySheet(c, sink, sheet, run, current, scores));
                    }
                    if (!request.csv() && run.selection == null) {
                        counts.put(ExtraSheets.name(ExtraSheets.SERVICE_DUE_SV, ExtraSheets.SERVICE_DUE_EN, en),
                                serviceDue(c, sink, run, current));
                        counts.put(ExtraSheets.name(ExtraSheets.COVERAGE_SV, ExtraSheets.COVERAGE_EN, en),
                                coverage(sink, run, coverage, current));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!request.csv()) {
            about(sink, run, counts);
        }
        return counts;
    }

    /** How many rows the export will write, so progress can be shown as a fraction. */
    private long total(Connection c, Run run, Settings current, List<DistrictCoverage> coverage)
            throws SQLException {
        if (run.selection != null) {
            return run.selection.ids().size();
        }
        Map<String, Long> tables = Repositories.counts(c);
        long total = 0;
        for (Sheet sheet : Sheet.values()) {
            if (sheet != Sheet.CONTACTS || run.request.includePersonalData()) {
                total += tables.getOrDefault(sheet.fileStem(), 0L);
            }
        }
        if (!run.request.csv()) {
            total += queries.serviceDue(c, LocalDate.now(clock), current.warningHorizonDays(), (id, v) -> { });
            total += coverage.size();
        }
        return total;
    }

    private long entitySheet(Connection c, TableSink sink, Sheet sheet, Run run, Settings current,
            Map<Long, Double> scores) throws SQLException, IOException {
        ExportRequest request = run.request;
        boolean en = request.english();
        List<Column> all = sheet.columns();
        boolean[] keep = new boolean[all.size()];
        List<OutColumn> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Column col = all.get(i);
            keep[i] = request.includePersonalData() || !col.personal();
            if (keep[i]) {
                out.add(new OutColumn(col.header(en), col.type(), formatOf(col)));
            }
        }
        sink.startSheet(sheet.name(en), sheet.fileStem(), out);
        long[] n = {0};
        // a selection is written in the table's order, not the query's: its rows wait here (a table
        // already holds them all in memory, so this costs no more than the view did)
        Map<Long, List<Object>> selected = run.selection == null ? null : new HashMap<>();
        java.util.Set<Long> wanted = run.selection == null ? null : new java.util.HashSet<>(run.selection.ids());
        InterchangeQueries.RowSink rows = (id, values) -> {
            if (wanted != null && !wanted.contains(id)) {
                return;
            }
            Object[] full = complete(sheet, id, values, current, scores);
            List<Object> cells = new ArrayList<>(out.size());
            for (int i = 0; i < all.size(); i++) {
                if (keep[i]) {
                    cells.add(cell(full[i], all.get(i).type(), en));
                }
            }
            if (selected != null) {
                selected.put(id, cells);
                return;
            }
            try {
                sink.row(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            run.rowWritten(sheet.name(en), ++n[0]);
        };
        switch (sheet) {
            case DISTRICTS -> queries.districts(c, rows);
            case ORGANISATIONS -> queries.organisations(c, rows);
            case CONTACTS -> queries.contacts(c, rows);
            case PROPERTIES -> queries.properties(c, rows);
            case KIT_DISTRIBUTIONS -> queries.kitDistributions(c, rows);
            case SPRAYERS -> queries.sprayers(c, rows);
            case SPRAYER_EVENTS -> queries.sprayerEvents(c, rows);
            case ROLLOUT_SITES -> queries.rolloutSites(c, rows);
            default -> throw new IllegalStateException(sheet.name());
        }
        if (selected != null) {
            for (Long id : run.selection.ids()) {
                List<Object> cells = selected.get(id); // null: deleted since the table was loaded
                if (cells != null) {
                    sink.row(cells);
                    run.rowWritten(sheet.name(en), ++n[0]);
                }
            }
        }
        sink.endSheet();
        return n[0];
    }

    /** Adds the derived figures computed here: coverage per property, cost and score per site. */
    private static Object[] complete(Sheet sheet, long id, Object[] values, Settings s, Map<Long, Double> scores) {
        int size = sheet.columns().size();
        if (sheet == Sheet.PROPERTIES) {
            Object[] full = Arrays.copyOf(values, size);
            long handedOut = (Long) values[size - 2];
            int dwellings = (Integer) values[sheet.columns().indexOf(sheet.column("dwellings"))];
            OptionalDouble cov = Coverage.of(handedOut, dwellings);
            full[size - 1] = cov.isPresent() ? cov.getAsDouble() : null;
            return full;
        }
        if (sheet == Sheet.ROLLOUT_SITES) {
            Object[] full = Arrays.copyOf(values, size);
            int kits = (Integer) values[10];
            int sprayers = (Integer) values[11];
            int signs = (Integer) values[12];
            full[size - 2] = CostEstimate.of(kits, signs, sprayers, s).total();
            Double score = scores.get(id);
            full[size - 1] = score == null ? null : Math.round(score * 100) / 100.0;
            return full;
        }
        if (values.length != size) {
            throw new IllegalStateException(sheet + ": query gives " + values.length + " columns, not " + size);
        }
        return values;
    }

    private static String formatOf(Column col) {
        return switch (col.key()) {
            case "latitude", "longitude" -> "0.000000";
            case "cost", "estimatedCost" -> "#,##0";
            case "serviceIntervalMonths" -> "0";
            default -> null;
        };
    }

    /** A value as written: labels for enums, Ja/Nej for booleans, the rest as is. */
    private Object cell(Object v, ColumnType type, boolean en) {
        if (v instanceof Labelled l) {
            return labels.label(l, en);
        }
        if (v instanceof Boolean b) {
            return en ? (b ? "Yes" : "No") : (b ? "Ja" : "Nej");
        }
        return v;
    }

    private long serviceDue(Connection c, TableSink sink, Run run, Settings current)
            throws SQLException, IOException {
        boolean en = run.request.english();
        String name = ExtraSheets.name(ExtraSheets.SERVICE_DUE_SV, ExtraSheets.SERVICE_DUE_EN, en);
        sink.startSheet(name, null, List.of(
                text(en, "Fastighetsbeteckning", "Property designation"), text(en, "Fastighet", "Property"),
                text(en, "Gatuadress", "Street address"), text(en, "Område", "District"),
                text(en, "Serienummer", "Serial number"), text(en, "Placering", "Placement"),
                text(en, "Plats", "Location"), col(en, "Nästa service", "Next service", ColumnType.DATE),
                col(en, "Patron utgår", "Cartridge expires", ColumnType.DATE), text(en, "Utlöst", "Triggered"),
                text(en, "Status", "Status")));
        LocalDate today = LocalDate.now(clock);
        int horizon = current.warningHorizonDays();
        long[] n = {0};
        queries.serviceDue(c, today, horizon, (id, v) -> {
            SprayerCondition cond = SprayerCondition.of((SprayerStatus) v[10], (LocalDate) v[7], (LocalDate) v[8],
                    (Boolean) v[9], today, horizon);
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                cells.add(cell(v[i], ColumnType.TEXT, en));
            }
            cells.add(labels.label(cond.status(), en));
            try {
                sink.row(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            run.rowWritten(name, ++n[0]);
        });
        sink.endSheet();
        return n[0];
    }

    private long coverage(TableSink sink, Run run, List<DistrictCoverage> districts, Settings current)
            throws IOException {
        boolean en = run.request.english();
        String name = ExtraSheets.name(ExtraSheets.COVERAGE_SV, ExtraSheets.COVERAGE_EN, en);
        long n = 0;
        sink.startSheet(name, null, List.of(
                text(en, "Område", "District"), col(en, "Hushåll", "Households", ColumnType.INTEGER),
                col(en, "Fastigheter", "Properties", ColumnType.INTEGER),
                col(en, "Sprutor", "Sprayers", ColumnType.INTEGER),
                col(en, "Utdelade kit", "Kits handed out", ColumnType.INTEGER),
                col(en, "Täckning", "Coverage", ColumnType.PERCENT),
                col(en, "Tröskel", "Threshold", ColumnType.PERCENT), text(en, "Märkt", "Marked")));
        for (DistrictCoverage d : districts) {
            OptionalDouble cov = d.coverage();
            sink.row(Arrays.asList(d.name(), d.households(), d.properties(), d.sprayers(), d.kitsHandedOut(),
                    cov.isPresent() ? cov.getAsDouble() : null, current.coverageThreshold(),
                    cell(d.isMarked(current.coverageThreshold()), ColumnType.TEXT, en)));
            run.rowWritten(name, ++n);
        }
        sink.endSheet();
        return districts.size();
    }

    private void about(TableSink sink, Run run, Map<String, Long> counts) throws IOException {
        ExportRequest request = run.request;
        boolean en = request.english();
        sink.startSheet(ExtraSheets.name(ExtraSheets.ABOUT_SV, ExtraSheets.ABOUT_EN, en), null,
                List.of(text(en, "Uppgift", "Item"), text(en, "Värde", "Value")));
        String when = LocalDateTime.now(clock).withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        sink.row(List.of(en ? "Exported" : "Exporterad", when));
        sink.row(List.of(en ? "Exported by" : "Exporterad av", user));
        sink.row(List.of(en ? "Database" : "Databas", db.location().describe()));
        sink.row(List.of(en ? "Application version" : "Programversion",
                request.appVersion() == null ? "dev" : request.appVersion()));
        if (run.selection != null) {
            sink.row(List.of(en ? "Selection" : "Urval", en
                    ? "The rows shown in the application's table " + run.selection.sheet().name(true)
                    : "Raderna som visades i programmets tabell " + run.selection.sheet().name(false)));
        }
        String filters = joinFilters(request.filters(), run.selection == null ? null : run.selection.filterText());
        if (filters.isBlank()) {
            filters = en ? "None (everything)" : "Inga (allt)";
        }
        sink.row(List.of(en ? "Filters" : "Filter", filters));
        sink.row(List.of(en ? "Contact details" : "Kontaktuppgifter", request.includePersonalData()
                ? (en ? "Included" : "Ingår") : (en ? "Left out" : "Ingår inte")));
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            sink.row(Arrays.asList((en ? "Rows: " : "Rader: ") + e.getKey(), e.getValue()));
        }
        sink.endSheet();
    }

    private static OutColumn text(boolean en, String sv, String english) {
        return OutColumn.of(en ? english : sv, ColumnType.TEXT);
    }

    private static OutColumn col(boolean en, String sv, String english, ColumnType type) {
        return OutColumn.of(en ? english : sv, type);
    }

    private static String joinFilters(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a.strip() + "; " + b.strip();
        }
        return hasA ? a.strip() : hasB ? b.strip() : "";
    }

    /**
     * Only the Service due work list, as a workbook with that one sheet: the installer's list, from
     * the Service due view. Same rows, columns and order as that sheet in the full export.
     */
    public ExportResult exportServiceDue(Path out, boolean english) throws IOException {
        Settings current = settings.current();
        Run run = new Run(new ExportRequest(out, false, english, false, null, null, null), null, null);
        String name = ExtraSheets.name(ExtraSheets.SERVICE_DUE_SV, ExtraSheets.SERVICE_DUE_EN, english);
        try (XlsxWorkbookWriter xlsx = new XlsxWorkbookWriter(out)) {
            long rows;
            try {
                rows = db.read(c -> {
                    try {
                        return serviceDue(c, xlsx, run, current);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            xlsx.finish();
            return new ExportResult(Map.of(name, rows), List.of(out));
        }
    }

    /** One export under way: what was asked, and how far it has come. */
    private static final class Run {
        final ExportRequest request;
        final RowSelection selection;
        final RowProgress progress;
        long total;
        long written;

        Run(ExportRequest request, RowSelection selection, RowProgress progress) {
            this.request = request;
            this.selection = selection;
            this.progress = progress;
        }

        void rowWritten(String sheet, long rowsInSheet) {
            written++;
            if (request.progress() != null && rowsInSheet % PROGRESS_EVERY == 0
                    && !request.progress().rowsWritten(sheet, rowsInSheet)) {
                throw new CancelledException();
            }
            if (progress != null && !progress.rowsWritten(written, Math.max(total, written))) {
                throw new CancelledException();
            }
        }
    }
}
