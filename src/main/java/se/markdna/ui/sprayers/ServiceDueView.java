package se.markdna.ui.sprayers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.io.interchange.Sheet;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.Places;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;

/**
 * "Servicebehov": every active sprayer that is overdue, due within the warning horizon, has an
 * expired cartridge or is triggered, grouped by property with its address, most urgent first.
 * Printable on A4 (or to PDF through the print dialog) and exportable.
 */
public final class ServiceDueView extends BorderPane implements Refreshable, ExportableView {

    private final UiContext ctx;
    private final ServiceDueModel model;
    private final Texts texts;
    /**
     * A flat table: each property's header row followed by its sprayers' rows. Cheaper than a tree
     * (no tree item per row, no expanded-count bookkeeping) at tens of thousands of rows.
     */
    private final TableView<Object> table = new TableView<>();
    private final Label notice = new Label();
    private final Button export = new Button();

    public ServiceDueView(UiContext ctx) {
        this.ctx = ctx;
        this.model = new ServiceDueModel(ctx.services(), new Texts(ctx.messages()));
        this.texts = model.texts();
        setId("service-due-view");
        getStyleClass().addAll("spr-view", "spr-due-view");
        getStylesheets().add(SprayersView.stylesheet());
        setTop(header());
        buildTable();
        setCenter(table);
        notice.setId("due-notice");
        notice.getStyleClass().add("spr-notice");
        HBox bar = new HBox(notice);
        bar.getStyleClass().add("spr-statusbar");
        setBottom(bar);
        model.groups().addListener((javafx.collections.ListChangeListener<ServiceDueModel.DueGroup>) c -> fill());
        model.errorProperty().addListener((o, a, b) -> {
            if (b != null) {
                say(b, true);
            }
        });
        model.load();
    }

    public ServiceDueModel model() {
        return model;
    }

    /** The list: a {@link ServiceDueModel.DueGroup} row, then its {@link ServiceDueModel.DueLine} rows. */
    public TableView<Object> table() {
        return table;
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return model.loadedProperty();
    }

    /** The sprayers on the list, in its order (the interchange has no Service due sheet to import). */
    @Override
    public Optional<ShownRows> shownRows() {
        if (!model.loadedProperty().get()) {
            return Optional.empty();
        }
        List<Long> ids = model.sprayers().stream().map(SprayerSummary::id).toList();
        return Optional.of(new ShownRows(Sheet.SPRAYERS, ids, texts.get("due.export.filter",
                Texts.date(model.todayProperty().get()), model.horizonProperty().get())));
    }

    /** Asks where to save the work list, then writes it off the JavaFX thread. */
    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("due.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("due.export.fileType"),
                "*.xlsx"));
        chooser.setInitialFileName(texts.get("due.export.fileName", Texts.date(model.todayProperty().get()))
                + ".xlsx");
        java.io.File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            exportTo(withXlsx(file.toPath()));
        }
    }

    static Path withXlsx(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? p : p.resolveSibling(name + ".xlsx");
    }

    /** Writes the Service due sheet to {@code file} off the JavaFX thread and says how it went. */
    void exportTo(Path file) {
        export.setDisable(true);
        say(texts.get("due.export.running"), false);
        BackgroundTask.of(() -> model.services().exports().exportServiceDue(file, model.english()))
                .onSuccess(result -> {
                    long rows = result.rowCounts().values().stream().mapToLong(Long::longValue).sum();
                    String done = texts.get("due.export.done", rows, file.getFileName().toString());
                    say(done, false);
                    ctx.shell().notify(done);
                })
                .onFailure(e -> say(texts.get("due.export.failed", se.markdna.ui.common.ErrorHandler.shortMessage(e)),
                        true))
                .onFinished(() -> export.setDisable(false))
                .start();
    }

    private void say(String text, boolean error) {
        notice.setText(text == null ? "" : text);
        notice.pseudoClassStateChanged(Styles.STATE_DANGER, error);
    }

    private HBox header() {
        Label title = new Label(texts.get("due.view.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label sub = new Label();
        sub.setId("due-summary");
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.textProperty().bind(Bindings.createStringBinding(() -> texts.get("due.view.summary",
                model.countProperty().get(), model.groups().size(), model.horizonProperty().get(),
                Texts.date(model.todayProperty().get())), model.countProperty(), model.groups(),
                model.horizonProperty(), model.todayProperty()));
        sub.setWrapText(true);
        sub.setMinWidth(0);
        VBox titles = new VBox(2, title, sub);
        titles.setMinWidth(0);
        // the buttons keep their labels; the summary gives way (it wraps) on a narrow window
        HBox.setHgrow(titles, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setMinSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Button refresh = new Button(null, SprayersView.icon(Material2MZ.REFRESH));
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new javafx.scene.control.Tooltip(texts.get("spr.action.refresh")));
        refresh.setAccessibleText(texts.get("spr.action.refresh"));
        refresh.setId("due-refresh");
        refresh.setOnAction(e -> model.load());
        export.setText(texts.get("due.action.export"));
        export.setGraphic(SprayersView.icon(Material2MZ.SAVE_ALT));
        export.setId("due-export");
        export.setTooltip(new javafx.scene.control.Tooltip(texts.get("due.action.exportTip")));
        export.setOnAction(e -> chooseAndExport());
        Button print = new Button(texts.get("due.action.print"), SprayersView.icon(Material2MZ.PRINT));
        print.setId("due-print");
        print.getStyleClass().add(Styles.ACCENT);
        print.setOnAction(e -> WorkListPrinter.print(getScene() == null ? null : getScene().getWindow(), model,
                m -> say(m, false)));
        for (Button b : List.of(refresh, export, print)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox box = new HBox(10, titles, busy, refresh, export, print);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("spr-header");
        return box;
    }

    private void buildTable() {
        table.setId("due-tree");
        table.getStyleClass().addAll(Styles.DENSE, "spr-table");
        table.setPlaceholder(new Label(texts.get("due.view.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // a double-click (or Enter) on a sprayer opens it in the register, where events are recorded
        table.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected();
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                boolean group = !empty && item instanceof ServiceDueModel.DueGroup;
                pseudoClassStateChanged(GROUP, group);
                ServiceDueModel.DueLine l = !empty && item instanceof ServiceDueModel.DueLine d ? d : null;
                pseudoClassStateChanged(Marks.OVERDUE, l != null
                        && l.condition().serviceState() == se.markdna.domain.sprayer.DueState.OVERDUE);
                pseudoClassStateChanged(Marks.DUE_SOON, l != null
                        && l.condition().serviceState() == se.markdna.domain.sprayer.DueState.DUE_SOON);
                pseudoClassStateChanged(Marks.EXPIRED, l != null && l.condition().cartridgeExpired());
                pseudoClassStateChanged(Marks.TRIGGERED, l != null && l.condition().triggered());
            }
        });
        TableColumn<Object, Object> what = column("due.col.what", 270);
        what.setMinWidth(200);
        what.setCellFactory(c -> new WhatCell());
        TableColumn<Object, Object> where = textColumn("due.col.where", 230, o -> {
            if (o instanceof ServiceDueModel.DueGroup g) {
                return g.address() + (g.district() == null ? "" : " · " + g.district());
            }
            ServiceDueModel.DueLine l = (ServiceDueModel.DueLine) o;
            return texts.label(l.sprayer().placement())
                    + (l.sprayer().location() == null ? "" : " · " + l.sprayer().location());
        });
        TableColumn<Object, Object> due = textColumn("due.col.due", 100,
                o -> o instanceof ServiceDueModel.DueGroup g ? Texts.date(g.firstDue())
                        : Texts.date(((ServiceDueModel.DueLine) o).due()));
        TableColumn<Object, Object> serial = textColumn("spr.col.serial", 110,
                o -> o instanceof ServiceDueModel.DueLine l ? l.sprayer().serial() : "");
        TableColumn<Object, Object> unit = textColumn("spr.col.model", 130,
                o -> o instanceof ServiceDueModel.DueLine l
                        ? Texts.nz(l.sprayer().make()) + " " + Texts.nz(l.sprayer().model()) : "");
        TableColumn<Object, Object> next = textColumn("spr.col.nextService", 110,
                o -> o instanceof ServiceDueModel.DueLine l ? Texts.date(l.sprayer().nextService()) : "");
        TableColumn<Object, Object> cart = textColumn("spr.col.cartridgeExpires", 110,
                o -> o instanceof ServiceDueModel.DueLine l ? Texts.date(l.sprayer().cartridgeExpires()) : "");
        where.setMinWidth(150);
        // dates and serials are what the installer reads: never cut them short
        for (TableColumn<Object, Object> c : List.of(due, next, cart)) {
            c.setMinWidth(100);
        }
        serial.setMinWidth(120);
        unit.setMinWidth(80);
        table.getColumns().setAll(List.of(what, where, due, serial, unit, next, cart));
        for (TableColumn<Object, ?> c : table.getColumns()) {
            c.setSortable(false); // the list is in due-date order by design
            c.setReorderable(false);
        }
        // the model's ready-made rows, shown as they are: one setAll per load, no copying here
        table.setItems(model.rows());
    }

    private static final javafx.css.PseudoClass GROUP = javafx.css.PseudoClass.getPseudoClass("group");

    /**
     * The first column: a property's designation and count, or a sprayer's badges. The nodes are
     * made once per cell and reused as the cell scrolls over other rows (only the visible rows
     * have cells), so scrolling a long list creates no nodes.
     */
    private final class WhatCell extends TableCell<Object, Object> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox groupBox = new HBox(6, name, count);
        private final HBox badges = new HBox(4);
        private final java.util.Map<Marks.Mark, Label> made = new java.util.EnumMap<>(Marks.Mark.class);

        WhatCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            count.getStyleClass().add(Styles.TEXT_MUTED);
            badges.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof ServiceDueModel.DueGroup g) {
                name.setText(g.designation() + (g.name() == null ? "" : " – " + g.name()));
                count.setText("(" + g.lines().size() + ")");
                setGraphic(groupBox);
            } else if (item instanceof ServiceDueModel.DueLine l) {
                List<Marks.Mark> marks = Marks.of(l.condition());
                List<Label> shown = new java.util.ArrayList<>(marks.size());
                for (Marks.Mark m : marks) {
                    shown.add(made.computeIfAbsent(m, k -> Marks.badge(k, texts)));
                }
                if (!badges.getChildren().equals(shown)) {
                    badges.getChildren().setAll(shown);
                }
                setGraphic(badges);
            } else {
                setGraphic(null);
            }
        }
    }

    private TableColumn<Object, Object> column(String key, double width) {
        TableColumn<Object, Object> c = new TableColumn<>(texts.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        return c;
    }

    private TableColumn<Object, Object> textColumn(String key, double width,
            java.util.function.Function<Object, String> text) {
        TableColumn<Object, Object> c = column(key, width);
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return c;
    }

    private void openSelected() {
        Object item = table.getSelectionModel().getSelectedItem();
        if (item instanceof ServiceDueModel.DueLine l) {
            ctx.shell().open(Places.SPRAYERS, l.sprayer().id());
        }
    }

    private void fill() {
        say(model.groups().isEmpty() ? "" : texts.get("due.view.openHint"), false);
    }

    static FontIcon icon(org.kordamp.ikonli.Ikon i) {
        return SprayersView.icon(i);
    }
}
