package se.markdna.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.service.ImportReport;
import se.markdna.service.ImportReport.Outcome;
import se.markdna.service.ImportService;
import se.markdna.service.exchange.ImportFiles;
import se.markdna.service.exchange.ImportMessages;
import se.markdna.ui.common.ErrorHandler;

/**
 * The import wizard's state and work. Choosing files runs a preview in the background (the very
 * import, rolled back), which fills a summary per sheet, a table of rows with their outcome and
 * every error with its sheet, row, column and reason. Importing is possible only when the preview
 * found no errors and something would change; it then writes everything in one transaction, or
 * nothing. No nodes, so it can be tested without a window.
 */
public final class ImportWizardModel {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWizardModel.class);

    public enum Step {
        NO_FILES,
        CHECKING,
        PREVIEW,
        FILE_PROBLEM,
        WRITING
    }

    /** Thrown from the progress callback to end a preview nobody is waiting for any more. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    private final ImportService imports;
    private final Messages m;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.NO_FILES);
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final ObservableList<ImportSheetSummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<ImportPreviewLine> lines = FXCollections.observableArrayList();
    private final FilteredList<ImportPreviewLine> shownLines = new FilteredList<>(lines);
    private final BooleanProperty onlyErrors = new SimpleBooleanProperty(false);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding busy = step.isEqualTo(Step.CHECKING).or(step.isEqualTo(Step.WRITING));
    private final BooleanBinding canImport = Bindings.createBooleanBinding(() -> {
        ImportReport r = report.get();
        return step.get() == Step.PREVIEW && r != null && !r.hasErrors()
                && r.total(Outcome.NEW) + r.total(Outcome.UPDATED) > 0;
    }, step, report);
    private ExchangeTask<ImportReport> running;

    public ImportWizardModel(ImportService imports, Messages m) {
        this.imports = Objects.requireNonNull(imports);
        this.m = Objects.requireNonNull(m);
        onlyErrors.addListener((o, a, b) -> shownLines.setPredicate(b ? ImportPreviewLine::isError : null));
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    public ObservableList<ImportSheetSummary> summaries() {
        return summaries;
    }

    /** The table's lines, filtered to errors when {@link #onlyErrorsProperty()} is set. */
    public ObservableList<ImportPreviewLine> shownLines() {
        return shownLines;
    }

    public ObservableList<ImportPreviewLine> allLines() {
        return lines;
    }

    public BooleanProperty onlyErrorsProperty() {
        return onlyErrors;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    /** One sentence on what the preview found and what Importera will do. */
    public StringProperty headlineProperty() {
        return headline;
    }

    /** A remark under the table, e.g. that it shows only the first rows. */
    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** A file that could not be read, or a failure, as a sentence (empty: none). */
    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanBinding busy() {
        return busy;
    }

    /** Importing is offered only for a preview without errors in which something would change. */
    public BooleanBinding canImport() {
        return canImport;
    }

    /** Starts a preview of these files. */
    public void check(List<Path> chosen) {
        files.setAll(chosen);
        recheck();
    }

    /** Previews the same files again (after the user corrected them). */
    public void recheck() {
        if (files.isEmpty() || busy().get()) {
            return;
        }
        List<Path> paths = List.copyOf(files);
        clear();
        step.set(Step.CHECKING);
        progressText.set(m.get("exchange.import.checking"));
        ExchangeTask<ImportReport> task = ExchangeTask.of(t -> {
            List<SheetData> sheets = ImportFiles.read(paths);
            return imports.run(sheets, new ImportService.Options(true, 0, rows -> {
                if (t.stopRequested()) {
                    throw new Abandoned();
                }
                t.message(m.get("exchange.import.checkingRows", rows));
            }));
        });
        task.messageProperty().addListener((o, a, b) -> progressText.set(b));
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> failed(task.getException(), "exchange.import.failed"));
        running = task;
        task.start();
    }

    /**
     * Writes what the preview showed, in one transaction. The files are read again rather than
     * kept in memory; should they have changed into having errors, nothing is written and the new
     * preview is shown instead.
     */
    public void importNow(Consumer<ImportReport> onWritten) {
        if (!canImport().get()) {
            return;
        }
        List<Path> paths = List.copyOf(files);
        step.set(Step.WRITING);
        progressText.set(m.get("exchange.import.writing"));
        ExchangeTask<ImportReport> task = ExchangeTask.of(t -> imports.run(ImportFiles.read(paths),
                new ImportService.Options(false, 0, null)));
        task.setOnSucceeded(e -> {
            ImportReport r = task.getValue();
            show(r);
            if (r.written()) {
                onWritten.accept(r);
            }
        });
        task.setOnFailed(e -> failed(task.getException(), "exchange.import.importFailed"));
        running = task;
        task.start();
    }

    /** The wizard closes: a preview still running is told to stop (it writes nothing anyway). */
    public void abandon() {
        if (running != null && step.get() == Step.CHECKING) {
            running.requestStop();
        }
    }

    private void clear() {
        report.set(null);
        summaries.clear();
        lines.clear();
        warnings.clear();
        headline.set("");
        note.set("");
        problem.set("");
    }

    private void failed(Throwable error, String key) {
        if (error instanceof Abandoned) {
            return;
        }
        clear();
        String fileProblem = new FileProblems(m).reading(error);
        if (fileProblem != null) {
            LOG.info("Import files could not be read: {}", error.toString());
            problem.set(fileProblem);
        } else {
            LOG.error("Import failed", error);
            problem.set(m.get(key, ErrorHandler.shortMessage(error)));
        }
        progressText.set("");
        step.set(Step.FILE_PROBLEM);
    }

    private void show(ImportReport r) {
        clear();
        report.set(r);
        for (Sheet s : Sheet.values()) {
            if (r.sheets().contains(s)) {
                summaries.add(new ImportSheetSummary(s.name(m.isEnglish()), r.count(s, Outcome.NEW),
                        r.count(s, Outcome.UPDATED), r.count(s, Outcome.UNCHANGED), r.count(s, Outcome.ERROR)));
            }
        }
        lines.setAll(lines(r, m));
        warnings.setAll(new ImportMessages(m).warnings(r));
        headline.set(headline(r));
        boolean cut = r.rows().size() >= ImportReport.MAX_KEPT_ROWS || r.errors().size() < r.errorCount();
        note.set(cut ? m.get("exchange.import.truncated", lines.size()) : "");
        progressText.set("");
        step.set(Step.PREVIEW);
    }

    private String headline(ImportReport r) {
        int added = r.total(Outcome.NEW);
        int updated = r.total(Outcome.UPDATED);
        int unchanged = r.total(Outcome.UNCHANGED);
        if (r.hasErrors()) {
            return m.get("exchange.import.headline.errors", r.errorCount());
        }
        if (added + updated + unchanged == 0) {
            return m.get("exchange.import.headline.empty");
        }
        if (added + updated == 0) {
            return m.get("exchange.import.headline.nothing", unchanged);
        }
        return m.get("exchange.import.headline.ready", added, updated, unchanged);
    }

    /**
     * The table's lines: every error on a line of its own, then the rows without errors; in sheet
     * order (the order import processes them), then row order.
     */
    static List<ImportPreviewLine> lines(ImportReport r, Messages m) {
        boolean en = m.isEnglish();
        Map<String, String> keys = new HashMap<>();
        for (ImportReport.RowResult row : r.rows()) {
            if (row.key() != null) {
                keys.put(row.sheet() + ":" + row.row(), row.key());
            }
        }
        List<ImportPreviewLine> out = new ArrayList<>();
        Set<String> withErrorLine = new HashSet<>();
        for (ImportReport.Error e : r.errors()) {
            String where = e.sheet() + ":" + e.row();
            withErrorLine.add(where);
            out.add(new ImportPreviewLine(Outcome.ERROR, status(m, Outcome.ERROR), e.sheet().name(en), e.row(),
                    keys.getOrDefault(where, ""), e.column() == null ? "" : e.column(),
                    m.get(e.messageKey(), m.labelled(e.args())), e.source() == null ? "" : e.source()));
        }
        Map<String, Integer> order = new HashMap<>();
        for (Sheet s : Sheet.values()) {
            order.put(s.name(en), s.ordinal());
        }
        for (ImportReport.RowResult row : r.rows()) {
            // error rows already have their lines, unless the error itself was past the kept ones
            if (row.outcome() == Outcome.ERROR && withErrorLine.contains(row.sheet() + ":" + row.row())) {
                continue;
            }
            out.add(new ImportPreviewLine(row.outcome(), status(m, row.outcome()), row.sheet().name(en), row.row(),
                    row.key() == null ? "" : row.key(), "", "", ""));
        }
        out.sort(Comparator.<ImportPreviewLine>comparingInt(l -> order.getOrDefault(l.sheet(), 99))
                .thenComparingInt(ImportPreviewLine::row)
                .thenComparing(l -> !l.isError()));
        return out;
    }

    private static String status(Messages m, Outcome o) {
        return m.get("exchange.import.status." + o.name());
    }

    /** The errors as lines of text ("Sprutor rad 14, Serienummer: finns redan på rad 9"), for the clipboard. */
    public String errorsAsText() {
        ImportReport r = report.get();
        return r == null ? "" : String.join(System.lineSeparator(), new ImportMessages(m).errors(r));
    }

    /** "12 nya och 3 ändrade rader; 40 oförändrade." */
    public String doneText(ImportReport r) {
        return m.get("exchange.import.doneText", r.total(Outcome.NEW), r.total(Outcome.UPDATED),
                r.total(Outcome.UNCHANGED));
    }
}
