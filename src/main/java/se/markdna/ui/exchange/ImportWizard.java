package se.markdna.ui.exchange;

import se.markdna.ui.common.CornerNotice;
import se.markdna.ui.common.FileOpener;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.i18n.Messages;
import se.markdna.service.ImportReport;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.Theme;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.exchange.ImportWizardModel.Step;

/**
 * File › Importera från Excel/CSV…: the files the user chose are checked in the background and a
 * preview shows what would happen, per sheet and per row, with every error's sheet, row, column and
 * reason. "Importera" is enabled only without errors; it writes everything or nothing, then the
 * views are rebuilt and a notification gives the counts. Binds {@link ImportWizardModel}.
 */
public final class ImportWizard {

    private static final double SUMMARY_ROW_HEIGHT = 32;
    private static final double SUMMARY_HEADER_HEIGHT = 44;

    private final Messages m;
    private final ImportWizardModel model;
    private final FilePicker picker;
    private final Stage stage;
    private final Shell shell;
    private final DoneNotice notice;

    private ImportWizard(UiContext ctx, Shell shell, FilePicker picker, DoneNotice notice) {
        this.m = ctx.messages();
        this.shell = shell;
        this.picker = picker;
        this.notice = notice;
        this.model = new ImportWizardModel(ctx.services().imports(), m);
        this.stage = ExchangeWindows.modal(shell.window(), m.get("exchange.import.title"), content(), 1040, 700);
        stage.setOnCloseRequest(e -> {
            if (model.stepProperty().get() == Step.WRITING) {
                e.consume(); // one transaction under way: it ends by itself, all or nothing
            } else {
                model.abandon();
            }
        });
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
    }

    /** From the File menu, Ctrl+I and the welcome screen: first the files, then the wizard. */
    public static void open(UiContext ctx, Shell shell) {
        open(ctx, shell, FilePicker.fx(ctx.messages()), DoneNotice.fx(ctx, shell, new FileOpener()));
    }

    /** @return the wizard, or null when the user chose no files */
    public static ImportWizard open(UiContext ctx, Shell shell, FilePicker picker, DoneNotice notice) {
        List<Path> files = picker.spreadsheets(shell.window(), ctx.text("exchange.import.choose"));
        if (files.isEmpty()) {
            return null;
        }
        ImportWizard wizard = new ImportWizard(ctx, shell, picker, notice);
        wizard.stage.show();
        wizard.model.check(files);
        return wizard;
    }

    public ImportWizardModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    private VBox content() {
        Label files = new Label();
        files.setId("import-files");
        files.textProperty().bind(Bindings.createStringBinding(() -> m.get("exchange.import.files",
                String.join(", ", model.files().stream().map(p -> String.valueOf(p.getFileName())).toList())),
                model.files()));
        files.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(files, Priority.ALWAYS);
        Button choose = new Button(m.get("exchange.import.chooseAgain"), new FontIcon("mdal-folder_open"));
        choose.setId("import-choose");
        choose.setOnAction(e -> chooseAgain());
        Button recheck = new Button(m.get("exchange.import.recheck"), new FontIcon("mdmz-refresh"));
        recheck.setId("import-recheck");
        recheck.setOnAction(e -> model.recheck());
        HBox top = new HBox(8, files, choose, recheck);
        top.setAlignment(Pos.CENTER_LEFT);
        top.disableProperty().bind(model.busy());

        StackPane middle = new StackPane(progress(), problem(), preview());
        VBox.setVgrow(middle, Priority.ALWAYS);

        Button cancel = new Button(m.get("exchange.common.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        cancel.disableProperty().bind(model.stepProperty().isEqualTo(Step.WRITING));
        Button run = new Button(m.get("exchange.import.run"), new FontIcon("mdal-file_upload"));
        run.setId("import-run");
        run.getStyleClass().add(Theme.ACCENT);
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canImport().not());
        run.setOnAction(e -> model.importNow(this::written));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, run);

        VBox root = new VBox(14, top, middle, buttons);
        root.setPadding(new Insets(20));
        root.setId("import-wizard");
        return root;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(360);
        Label text = new Label();
        text.setId("import-progress-text");
        text.textProperty().bind(model.progressTextProperty());
        VBox box = new VBox(10, bar, text);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.busy());
        return box;
    }

    private Node problem() {
        FontIcon icon = new FontIcon("mdal-error_outline");
        // the theme sizes icons by style sheet, which a setIconSize call would lose to
        icon.setStyle("-fx-icon-size: 40px; -fx-icon-color: -color-danger-fg;");
        Label text = new Label();
        text.setId("import-problem");
        text.setWrapText(true);
        text.setMaxWidth(620);
        text.getStyleClass().add(Theme.TITLE_4);
        text.textProperty().bind(model.problemProperty());
        VBox box = new VBox(12, icon, text);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.stepProperty().isEqualTo(Step.FILE_PROBLEM));
        return box;
    }

    private Node preview() {
        Label headline = new Label();
        headline.setId("import-headline");
        headline.setWrapText(true);
        headline.getStyleClass().add(Theme.TITLE_4);
        headline.textProperty().bind(model.headlineProperty());
        FontIcon ok = new FontIcon("mdal-check_circle_outline");
        FontIcon bad = new FontIcon("mdal-error_outline");
        headline.graphicProperty().bind(Bindings.createObjectBinding(() -> {
            ImportReport r = model.reportProperty().get();
            return r != null && r.hasErrors() ? bad : ok;
        }, model.reportProperty()));
        model.reportProperty().addListener((o, a, r) -> {
            headline.getStyleClass().removeAll(Theme.DANGER, Theme.SUCCESS);
            if (r != null) {
                headline.getStyleClass().add(r.hasErrors() ? Theme.DANGER : Theme.SUCCESS);
            }
        });

        TableView<ImportSheetSummary> summary = new TableView<>(model.summaries());
        summary.setId("import-summary");
        summary.getColumns().add(column("exchange.import.col.sheet", ImportSheetSummary::sheet, 220));
        summary.getColumns().add(column("exchange.import.col.new", ImportSheetSummary::added, 100));
        summary.getColumns().add(column("exchange.import.col.updated", ImportSheetSummary::updated, 100));
        summary.getColumns().add(column("exchange.import.col.unchanged", ImportSheetSummary::unchanged, 110));
        summary.getColumns().add(column("exchange.import.col.errors", ImportSheetSummary::errors, 90));
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // tall enough for every sheet without a scroll bar: at most eight entity sheets
        summary.setFixedCellSize(SUMMARY_ROW_HEIGHT);
        summary.prefHeightProperty().bind(Bindings.size(model.summaries()).multiply(SUMMARY_ROW_HEIGHT)
                .add(SUMMARY_HEADER_HEIGHT));
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxHeight(Region.USE_PREF_SIZE);

        VBox warnings = new VBox(2);
        warnings.setId("import-warnings");
        Runnable fillWarnings = () -> {
            warnings.getChildren().clear();
            if (!model.warnings().isEmpty()) {
                Label title = new Label(m.get("exchange.import.warnings"), new FontIcon("mdmz-warning"));
                title.getStyleClass().add(Theme.WARNING);
                warnings.getChildren().add(title);
                model.warnings().forEach(w -> warnings.getChildren().add(ExchangeWindows.muted(w)));
            }
        };
        model.warnings().addListener((javafx.collections.ListChangeListener<String>) c -> fillWarnings.run());
        warnings.managedProperty().bind(Bindings.isNotEmpty(model.warnings()));

        CheckBox onlyErrors = new CheckBox(m.get("exchange.import.onlyErrors"));
        onlyErrors.setId("import-only-errors");
        onlyErrors.selectedProperty().bindBidirectional(model.onlyErrorsProperty());
        Button copy = new Button(m.get("exchange.import.copyErrors"), new FontIcon("mdal-content_copy"));
        copy.setId("import-copy-errors");
        copy.getStyleClass().add(Theme.FLAT);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.errorsAsText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(m.get("exchange.import.copied"));
        });
        // the error tools mean nothing in a clean preview
        javafx.beans.binding.BooleanBinding hasErrors = Bindings.createBooleanBinding(() ->
                model.reportProperty().get() != null && model.reportProperty().get().hasErrors(),
                model.reportProperty());
        onlyErrors.visibleProperty().bind(hasErrors);
        copy.visibleProperty().bind(hasErrors);
        HBox tools = new HBox(12, onlyErrors, copy);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.managedProperty().bind(hasErrors);

        TableView<ImportPreviewLine> table = new TableView<>(model.shownLines());
        table.setId("import-table");
        TableColumn<ImportPreviewLine, String> status = column("exchange.import.col.status",
                ImportPreviewLine::statusText, 100);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column("exchange.import.col.sheet", ImportPreviewLine::sheet, 130));
        table.getColumns().add(column("exchange.import.col.row", ImportPreviewLine::row, 60));
        TableColumn<ImportPreviewLine, String> where = column("exchange.import.col.column",
                ImportPreviewLine::column, 160);
        table.getColumns().add(where);
        TableColumn<ImportPreviewLine, String> reason = column("exchange.import.col.reason",
                ImportPreviewLine::reason, 420);
        reason.setCellFactory(c -> new ReasonCell());
        table.getColumns().add(reason);
        TableColumn<ImportPreviewLine, String> file = column("exchange.import.col.file", ImportPreviewLine::source,
                140);
        table.getColumns().add(file);
        // where and why only mean something when there are errors
        for (TableColumn<?, ?> c : List.of(where, reason, file)) {
            c.visibleProperty().bind(hasErrors);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label note = ExchangeWindows.muted("");
        note.textProperty().bind(model.noteProperty());
        note.managedProperty().bind(model.noteProperty().isNotEmpty());

        VBox box = new VBox(10, headline, summary, warnings, tools, table, note);
        box.visibleProperty().bind(model.stepProperty().isEqualTo(Step.PREVIEW));
        return box;
    }

    private <S, T> TableColumn<S, T> column(String key, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Errors in red with an icon, so they stand out in a long table. */
    private static final class StatusCell extends TableCell<ImportPreviewLine, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Theme.DANGER, Theme.SUCCESS);
            ImportPreviewLine line = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (empty || item == null || line == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item);
            FontIcon icon = switch (line.status()) {
                case ERROR -> new FontIcon("mdal-error_outline");
                case NEW -> new FontIcon("mdal-add_circle_outline");
                case UPDATED -> new FontIcon("mdal-create");
                case UNCHANGED -> new FontIcon("mdmz-remove");
            };
            setGraphic(icon);
            if (line.isError()) {
                getStyleClass().add(Theme.DANGER);
            }
        }
    }

    /** A long reason may not fit its column: the whole of it shows as a tooltip. */
    private static final class ReasonCell extends TableCell<ImportPreviewLine, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    private void chooseAgain() {
        List<Path> files = picker.spreadsheets(stage, m.get("exchange.import.choose"));
        if (!files.isEmpty()) {
            model.check(files);
        }
    }

    private void written(ImportReport report) {
        stage.close();
        shell.dataChanged();
        notice.show(m.get("exchange.import.doneTitle"), model.doneText(report), null);
    }

    private void close() {
        if (model.stepProperty().get() == Step.WRITING) {
            return;
        }
        model.abandon();
        stage.close();
    }
}
