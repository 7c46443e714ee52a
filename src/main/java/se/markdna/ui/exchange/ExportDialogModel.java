package se.markdna.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.i18n.Messages;
import se.markdna.service.exchange.ExportService;
import se.markdna.service.exchange.ExportService.ExportRequest;
import se.markdna.service.exchange.ExportService.ExportResult;
import se.markdna.service.exchange.ExportService.RowSelection;
import se.markdna.ui.common.ShownRows;

/**
 * The export dialog's state and work: what to export (everything, or the rows a table shows), the
 * format, whether contact details go along, where to, and the export running in the background
 * with progress and cancel. No nodes, so it can be tested without a window.
 */
public final class ExportDialogModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExportDialogModel.class);

    public enum Scope {
        EVERYTHING,
        SHOWN_ROWS
    }

    public enum Format {
        XLSX,
        CSV
    }

    /** What a finished export is reported with. */
    public interface Listener {
        void exported(ExportResult result, Path target);
    }

    private final ExportService exports;
    private final Messages m;
    private final Optional<ShownRows> shown;
    private final String appVersion;
    private final LocalDate today;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.EVERYTHING);
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.XLSX);
    private final BooleanProperty includeContacts = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private ExchangeTask<ExportResult> task;
    /** False once the user picked a place: then the choices no longer rename it. */
    private boolean suggestionShown = true;

    /**
     * @param shown the rows the current view shows, when it offers them
     * @param home  the folder the suggested file goes in
     */
    public ExportDialogModel(ExportService exports, Messages m, Optional<ShownRows> shown, String appVersion,
            Path home, LocalDate today) {
        this.exports = Objects.requireNonNull(exports);
        this.m = Objects.requireNonNull(m);
        this.shown = shown.filter(s -> !s.ids().isEmpty());
        this.appVersion = appVersion;
        this.today = today;
        target.set(home.resolve(suggestedName()));
        // the suggestion follows the choices until the user picks a place
        scope.addListener((o, a, b) -> followSuggestion());
        format.addListener((o, a, b) -> followSuggestion());
    }

    private void followSuggestion() {
        Path current = target.get();
        if (current == null) {
            return;
        }
        if (suggestionShown) {
            target.set(current.resolveSibling(suggestedName()));
        } else if (format.get() == Format.XLSX && !isXlsx(current)) {
            // a place the user chose keeps its folder and name; only the extension follows the format
            target.set(current.resolveSibling(current.getFileName() + ".xlsx"));
        } else if (format.get() == Format.CSV && isXlsx(current)) {
            String name = current.getFileName().toString();
            target.set(current.resolveSibling(name.substring(0, name.length() - ".xlsx".length())));
        }
    }

    private static boolean isXlsx(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** "markdna-export-2025-06-01.xlsx", or for shown rows "markdna-fastigheter-2025-06-01.xlsx". */
    public String suggestedName() {
        String stem;
        if (scope.get() == Scope.SHOWN_ROWS && shown.isPresent()) {
            String sheet = shown.get().sheet().name(m.isEnglish()).toLowerCase(Locale.ROOT).replace(' ', '-');
            stem = m.get("exchange.export.shownFileName", ascii(sheet), today.toString());
        } else {
            stem = m.get("exchange.export.fileName", today.toString());
        }
        return format.get() == Format.XLSX ? stem + ".xlsx" : stem;
    }

    /** File names travel to other systems and mail attachments: å, ä and ö become a and o. */
    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The user chose a place: keep it even when the choices change. */
    public void choose(Path chosen) {
        suggestionShown = false;
        target.set(chosen);
    }

    public Optional<ShownRows> shown() {
        return shown;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public BooleanProperty includeContactsProperty() {
        return includeContacts;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanProperty cancellingProperty() {
        return cancelling;
    }

    /** 0..1, or -1 (indeterminate) while the total is not known yet. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** What went wrong last time (empty: nothing), shown in the dialog rather than as a stack trace. */
    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> target.get() != null && !running.get(), target, running);
    }

    /** True when the export would replace something the user already has. */
    public boolean wouldReplace() {
        Path t = target.get();
        if (t == null || !Files.exists(t)) {
            return false;
        }
        if (format.get() == Format.XLSX) {
            return true;
        }
        try (java.util.stream.Stream<Path> files = Files.list(t)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    ExportRequest request() {
        boolean csv = format.get() == Format.CSV;
        return new ExportRequest(target.get(), csv, m.isEnglish(), includeContacts.get(), null, appVersion, null);
    }

    RowSelection selection() {
        if (scope.get() != Scope.SHOWN_ROWS || shown.isEmpty()) {
            return null;
        }
        ShownRows s = shown.get();
        return new RowSelection(s.sheet(), s.ids(), s.filterText());
    }

    /** Starts the export in the background; {@code listener} hears of success (on the FX thread). */
    public void start(Listener listener) {
        if (running.get() || target.get() == null) {
            return;
        }
        ExportRequest request = request();
        RowSelection selection = selection();
        problem.set("");
        progress.set(-1);
        progressText.set(m.get("exchange.export.starting"));
        cancelling.set(false);
        running.set(true);
        task = ExchangeTask.of(t -> exports.export(request, selection, (written, total) -> {
            t.progress(written, total);
            if (written == total || written % 50 == 0) {
                t.message(m.get("exchange.export.progress", written, total));
            }
            return !t.stopRequested();
        }));
        task.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        task.messageProperty().addListener((o, a, b) -> {
            if (!cancelling.get()) {
                progressText.set(b);
            }
        });
        task.setOnSucceeded(e -> {
            running.set(false);
            progressText.set("");
            listener.exported(task.getValue(), request.out());
        });
        task.setOnFailed(e -> {
            running.set(false);
            Throwable error = task.getException();
            if (error instanceof ExportService.CancelledException) {
                progressText.set("");
                problem.set(m.get("exchange.export.cancelled"));
                return;
            }
            String text = new FileProblems(m).writing(error, request.out());
            if (text == null) {
                LOG.error("Export failed", error);
                text = m.get("exchange.common.writeFailed", request.out().getFileName(),
                        se.markdna.ui.common.ErrorHandler.shortMessage(error));
            } else {
                LOG.warn("Export failed: {}", error.toString());
            }
            progressText.set("");
            problem.set(text);
        });
        task.start();
    }

    /**
     * Asks the running export to stop. It stops at the next row, removes what it wrote, and then
     * reports "cancelled"; until then the dialog says "Avbryter…".
     */
    public void cancel() {
        if (task != null && running.get()) {
            cancelling.set(true);
            progressText.set(m.get("exchange.export.cancelling"));
            task.requestStop();
        }
    }
}
