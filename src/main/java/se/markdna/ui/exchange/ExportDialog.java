package se.markdna.ui.exchange;

import se.markdna.ui.common.CornerNotice;
import se.markdna.ui.common.FileOpener;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.i18n.Messages;
import se.markdna.service.exchange.ExportService.ExportResult;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.Theme;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.exchange.ExportDialogModel.Format;
import se.markdna.ui.exchange.ExportDialogModel.Scope;

/**
 * File › Exportera till Excel…: what to export, the format, contact details or not, where to; then
 * the export runs with a progress bar and Avbryt, and the dialog closes into a notification with
 * "Öppna" and "Visa i mapp". Binds {@link ExportDialogModel} and delegates to it.
 */
public final class ExportDialog {

    private final UiContext ctx;
    private final Messages m;
    private final ExportDialogModel model;
    private final FilePicker picker;
    private final DoneNotice notice;
    private final Stage stage;
    /** The view shown can export its rows, though it may show none just now (loading, filtered empty). */
    private final boolean viewOffersRows;

    private ExportDialog(UiContext ctx, Shell shell, ExportDialogModel model, FilePicker picker, DoneNotice notice) {
        this.ctx = ctx;
        this.viewOffersRows = shell.currentView().filter(ExportableView.class::isInstance).isPresent();
        this.m = ctx.messages();
        this.model = model;
        this.picker = picker;
        this.notice = notice;
        this.stage = ExchangeWindows.modal(shell.window(), m.get("exchange.export.title"), content(), 620, -1);
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume(); // the partial file must be removed first: cancel, and close when it has stopped
                model.cancel();
            }
        });
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelOrClose();
            }
        });
    }

    /** From the File menu and Ctrl+E. */
    public static ExportDialog open(UiContext ctx, Shell shell) {
        return open(ctx, shell, FilePicker.fx(ctx.messages()), DoneNotice.fx(ctx, shell, new FileOpener()));
    }

    public static ExportDialog open(UiContext ctx, Shell shell, FilePicker picker, DoneNotice notice) {
        Optional<ShownRows> shown = shell.currentView().filter(ExportableView.class::isInstance)
                .flatMap(v -> ((ExportableView) v).shownRows());
        ExportDialogModel model = new ExportDialogModel(ctx.services().exports(), ctx.messages(), shown,
                ExchangeWindows.appVersion(), ExchangeWindows.documents(), LocalDate.now(ctx.services().clock()));
        ExportDialog dialog = new ExportDialog(ctx, shell, model, picker, notice);
        dialog.stage.show();
        return dialog;
    }

    public ExportDialogModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    private VBox content() {
        ToggleGroup scopes = new ToggleGroup();
        RadioButton all = radio("export-scope-all", m.get("exchange.export.scope.all"), scopes, Scope.EVERYTHING);
        VBox scopeBox = new VBox(4, all, indented(ExchangeWindows.muted(m.get("exchange.export.scope.all.detail"))));
        RadioButton shownRows;
        if (model.shown().isPresent()) {
            ShownRows s = model.shown().get();
            shownRows = radio("export-scope-shown", m.get("exchange.export.scope.shown", s.sheet().name(m.isEnglish()),
                    s.ids().size()), scopes, Scope.SHOWN_ROWS);
            String filter = s.filterText().isBlank() ? m.get("exchange.export.scope.shown.noFilter")
                    : m.get("exchange.export.scope.shown.filter", s.filterText());
            scopeBox.getChildren().addAll(shownRows, indented(ExchangeWindows.muted(filter)));
        } else {
            shownRows = radio("export-scope-shown", m.get("exchange.export.scope.shown.unavailable"), scopes,
                    Scope.SHOWN_ROWS);
            shownRows.setDisable(true);
            scopeBox.getChildren().addAll(shownRows,
                    indented(ExchangeWindows.muted(m.get(viewOffersRows ? "exchange.export.scope.shown.none"
                            : "exchange.export.scope.shown.unavailable.detail"))));
        }
        scopes.selectToggle(model.scopeProperty().get() == Scope.SHOWN_ROWS ? shownRows : all);
        scopes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.scopeProperty().set((Scope) b.getUserData());
            }
        });

        ToggleGroup formats = new ToggleGroup();
        RadioButton xlsx = radio("export-format-xlsx", m.get("exchange.export.format.xlsx"), formats, Format.XLSX);
        RadioButton csv = radio("export-format-csv", m.get("exchange.export.format.csv"), formats, Format.CSV);
        formats.selectToggle(xlsx);
        formats.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.formatProperty().set((Format) b.getUserData());
            }
        });
        VBox formatBox = new VBox(6, xlsx, csv);

        CheckBox contacts = new CheckBox(m.get("exchange.export.contacts"));
        contacts.setId("export-contacts");
        contacts.selectedProperty().bindBidirectional(model.includeContactsProperty());
        VBox contactsBox = new VBox(4, contacts,
                indented(ExchangeWindows.muted(m.get("exchange.export.contacts.detail"))));

        Label targetLabel = ExchangeWindows.heading(m.get("exchange.export.target"));
        model.formatProperty().addListener((o, a, b) -> targetLabel.setText(
                m.get(b == Format.CSV ? "exchange.export.target.folder" : "exchange.export.target")));
        TextField target = new TextField();
        target.setId("export-target");
        target.setEditable(false);
        target.textProperty().bind(model.targetProperty().asString());
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button(m.get("exchange.common.choose"), new FontIcon("mdal-folder_open"));
        choose.setId("export-choose");
        choose.setOnAction(e -> chooseTarget());
        HBox targetRow = new HBox(8, target, choose);
        targetRow.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("export-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        VBox progressBox = new VBox(4, bar, progressText);
        progressBox.visibleProperty().bind(model.runningProperty());

        Label problem = new Label();
        problem.setId("export-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Theme.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty().and(model.runningProperty().not()));
        // progress and outcome share one slot that is always there, so the window need not grow
        StackPane status = new StackPane(progressBox, problem);
        StackPane.setAlignment(problem, Pos.TOP_LEFT);
        status.setMinHeight(52);

        Button cancel = new Button(m.get("exchange.common.cancel"));
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());
        cancel.disableProperty().bind(model.cancellingProperty().and(model.runningProperty()));
        Button run = new Button(m.get("exchange.export.run"), new FontIcon("mdmz-save_alt"));
        run.setId("export-run");
        run.setDefaultButton(true);
        run.getStyleClass().add(Theme.ACCENT);
        run.disableProperty().bind(model.canExport().not());
        run.setOnAction(e -> export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, run);

        VBox options = new VBox(14, ExchangeWindows.heading(m.get("exchange.export.what")), scopeBox,
                ExchangeWindows.heading(m.get("exchange.export.format")), formatBox, contactsBox,
                new VBox(6, targetLabel, targetRow, ExchangeWindows.muted(m.get("exchange.export.language"))));
        options.disableProperty().bind(model.runningProperty());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox root = new VBox(14, options, status, grow, buttons);
        root.setPadding(new Insets(20));
        root.setId("export-dialog");
        return root;
    }

    private static RadioButton radio(String id, String text, ToggleGroup group, Object value) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(value);
        return b;
    }

    private static Label indented(Label l) {
        VBox.setMargin(l, new Insets(0, 0, 0, 28));
        return l;
    }

    private void chooseTarget() {
        Path current = model.targetProperty().get();
        Optional<Path> chosen = model.formatProperty().get() == Format.CSV
                ? picker.folder(stage, m.get("exchange.export.chooseFolder"), current == null ? null : current.getParent())
                : picker.saveWorkbook(stage, m.get("exchange.export.chooseFile"), current);
        chosen.ifPresent(model::choose);
    }

    private void export() {
        if (model.wouldReplace() && !ctx.dialogs().confirm(m.get("exchange.export.overwrite.title"),
                m.get("exchange.export.overwrite.header", model.targetProperty().get().getFileName()),
                m.get("exchange.export.overwrite.text"), m.get("exchange.export.overwrite.ok"))) {
            return;
        }
        model.start(this::done);
    }

    private void done(ExportResult result, Path target) {
        stage.close();
        long rows = result.rowCounts().values().stream().mapToLong(Long::longValue).sum();
        Path shown = result.files().size() == 1 ? result.files().get(0) : target;
        notice.show(m.get("exchange.export.doneTitle"), m.get("exchange.export.done", target.getFileName()) + "\n"
                + m.get("exchange.export.doneRows", rows, target.toAbsolutePath().getParent()), shown);
    }

    private void cancelOrClose() {
        if (model.runningProperty().get()) {
            model.cancel();
        } else {
            stage.close();
        }
    }
}
