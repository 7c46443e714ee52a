package se.markdna.ui.sprayers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.Labelled;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.io.interchange.Sheet;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.OpensRecord;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;

/**
 * The sprayer register ("Sprutor"): search, quick and column filters, a table sorted on
 * precomputed keys, actions per row (two clicks to record a service), and the selected sprayer's
 * detail with its events and history beside it.
 */
public final class SprayersView extends BorderPane implements Refreshable, OpensRecord, ExportableView {

    static final String STYLESHEET = "/se/markdna/ui/sprayers.css";

    private final SprayerListViewModel vm;
    private final Texts texts;
    private final TableView<SprayerRow> table = new TableView<>();
    private final Map<TableColumn<SprayerRow, ?>, Comparator<SprayerRow>> comparators = new IdentityHashMap<>();
    private final SprayerDetailPane detail;

    public SprayersView(UiContext ctx) {
        this(new SprayerListViewModel(ctx.services(), new Texts(ctx.messages())));
    }

    SprayersView(SprayerListViewModel vm) {
        this.vm = vm;
        this.texts = vm.texts();
        this.detail = new SprayerDetailPane(vm);
        getStyleClass().add("spr-view");
        setId("sprayers-view");
        getStylesheets().add(stylesheet());

        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(detail, false);
        setTop(new VBox(header(), toolbar(), filters()));
        setCenter(split);
        setBottom(statusBar());

        // the main window calls refresh() each time the view is shown again
        vm.load();
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                addSprayer();
                e.consume();
            }
        });
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return vm.loadedProperty();
    }

    /** Selects the sprayer and shows its detail; waits for the rows when they are still loading. */
    @Override
    public void openRecord(long sprayerId) {
        vm.openRecord(sprayerId);
    }

    @Override
    public Optional<ShownRows> shownRows() {
        if (!vm.loadedProperty().get()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>(vm.items().size());
        for (SprayerRow r : vm.items()) {
            ids.add(r.id());
        }
        return Optional.of(new ShownRows(Sheet.SPRAYERS, ids, vm.filterText()));
    }

    public SprayerListViewModel viewModel() {
        return vm;
    }

    public TableView<SprayerRow> table() {
        return table;
    }

    /** Opens the form for a new sprayer, with the property preselected when given. */
    public void addSprayer(Long propertyId) {
        SprayerEditor.openNew(window(), vm, propertyId);
    }

    private void addSprayer() {
        addSprayer(null);
    }

    static String stylesheet() {
        return SprayersView.class.getResource(STYLESHEET).toExternalForm();
    }

    static void addStylesheet(Scene scene) {
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(stylesheet());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // ---- header and toolbar --------------------------------------------------------------------

    private Node header() {
        Label title = new Label(texts.get("spr.view.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.setId("sprayer-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("spr.view.count", vm.filtered().size(), vm.rows().size()), vm.filtered(),
                vm.rows()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        Button add = button("spr.action.add", Material2AL.ADD, "sprayer-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> addSprayer());
        Button edit = button("spr.action.edit", Material2AL.EDIT, "sprayer-edit");
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> edit(vm.selectedProperty().get()));
        MenuButton record = new MenuButton(texts.get("spr.action.record"), icon(Material2AL.ASSIGNMENT));
        record.setId("sprayer-record");
        record.disableProperty().bind(vm.selectedProperty().isNull());
        record.setOnShowing(e -> record.getItems().setAll(eventItems(vm.selectedProperty().get(), false)));
        record.getItems().add(new MenuItem("…"));
        Button undo = button("spr.action.undo", Material2MZ.UNDO, "sprayer-undo");
        undo.disableProperty().bind(vm.undoStack().topProperty().isNull());
        undo.setOnAction(e -> vm.undo());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.createStringBinding(() -> vm.undoStack().topProperty().get() == null
                ? "" : texts.get("spr.action.undoWhat", vm.undoStack().topProperty().get().description()),
                vm.undoStack().topProperty()));
        undo.setTooltip(undoTip);
        Button refresh = button(null, Material2MZ.REFRESH, "sprayer-refresh");
        refresh.setTooltip(new Tooltip(texts.get("spr.action.refresh")));
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(e -> vm.load());

        HBox box = new HBox(10, title, count, busy, grow, undo, refresh, record, edit, add);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("spr-header");
        return box;
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("sprayer-search");
        search.setPromptText(texts.get("spr.view.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefWidth(420);
        FontIcon glass = icon(Material2MZ.SEARCH);
        HBox searchBox = new HBox(6, glass, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);

        ToggleButton overdue = quick("spr.quick.overdue", Marks.Mark.OVERDUE, "quick-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueProperty());
        ToggleButton within = quick("spr.quick.dueWithin", Marks.Mark.DUE_SOON, "quick-due-within");
        within.selectedProperty().bindBidirectional(vm.dueWithinProperty());
        Spinner<Integer> days = new Spinner<>(0, 365, vm.dueWithinDaysProperty().get(), 15);
        days.setId("quick-days");
        days.setEditable(true);
        days.setPrefWidth(82);
        days.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.dueWithinDaysProperty().set(b);
            }
        });
        vm.dueWithinDaysProperty().addListener((o, a, b) -> days.getValueFactory().setValue(b.intValue()));
        Label daysLabel = new Label(texts.get("spr.quick.days"));
        ToggleButton expired = quick("spr.quick.expired", Marks.Mark.EXPIRED, "quick-expired");
        expired.selectedProperty().bindBidirectional(vm.expiredProperty());
        ToggleButton triggered = quick("spr.quick.triggered", Marks.Mark.TRIGGERED, "quick-triggered");
        triggered.selectedProperty().bindBidirectional(vm.triggeredProperty());
        ToggleButton out = quick("spr.quick.outOfService", Marks.Mark.OUT_OF_SERVICE, "quick-out");
        out.selectedProperty().bindBidirectional(vm.outOfServiceProperty());
        Label quickLabel = new Label(texts.get("spr.quick.label"));
        quickLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox withinBox = new HBox(4, within, days, daysLabel);
        withinBox.setAlignment(Pos.CENTER_LEFT);
        Button clear = new Button(texts.get("spr.filter.clear"), icon(Material2AL.CLOSE));
        clear.setId("filter-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> vm.clearFilters());
        HBox quickBox = new HBox(8, quickLabel, overdue, withinBox, expired, triggered, out, clear);
        quickBox.setAlignment(Pos.CENTER_LEFT);
        // a narrow window wraps the quick filters under the search instead of cutting their labels
        return flow("spr-toolbar", searchBox, quickBox);
    }

    private Node filters() {
        ComboBox<String> district = new ComboBox<>(vm.districts());
        district.setId("filter-district");
        district.setPromptText(texts.get("spr.col.district") + ": " + texts.get("spr.filter.all"));
        district.valueProperty().bindBidirectional(vm.districtProperty());
        district.setButtonCell(promptCell(texts.get("spr.col.district"), s -> s));
        ComboBox<Placement> placement = enumFilter(Placement.values(), "spr.col.placement", "filter-placement");
        placement.valueProperty().bindBidirectional(vm.placementProperty());
        ComboBox<Trigger> trigger = enumFilter(Trigger.values(), "spr.col.trigger", "filter-trigger");
        trigger.valueProperty().bindBidirectional(vm.triggerProperty());
        ComboBox<SprayerStatus> status = enumFilter(SprayerStatus.values(), "spr.col.status", "filter-status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        for (ComboBox<?> c : List.of(district, placement, trigger, status)) {
            c.setPrefWidth(165);
        }
        CheckBox removed = new CheckBox(texts.get("spr.filter.showRemoved"));
        removed.setId("filter-removed");
        removed.selectedProperty().bindBidirectional(vm.showRemovedProperty());
        Label l = new Label(texts.get("spr.filter.label"));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        HBox label = new HBox(6, icon(Material2AL.FILTER_LIST), l);
        label.setAlignment(Pos.CENTER_LEFT);
        return flow("spr-filters", label, district, placement, trigger, status, removed);
    }

    /** A row of controls that wraps rather than truncating their labels; each keeps its own width. */
    private static javafx.scene.layout.FlowPane flow(String styleClass, Node... nodes) {
        javafx.scene.layout.FlowPane pane = new javafx.scene.layout.FlowPane(10, 6, nodes);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.getStyleClass().add(styleClass);
        for (Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return pane;
    }

    private Node statusBar() {
        Label notice = new Label();
        notice.setId("sprayer-notice");
        notice.getStyleClass().add("spr-notice");
        vm.noticeProperty().addListener((o, a, n) -> {
            notice.setText(n == null ? "" : n.text());
            notice.pseudoClassStateChanged(Styles.STATE_DANGER, n != null && n.error());
            notice.setGraphic(n == null ? null : icon(n.error() ? Material2MZ.WARNING : Material2AL.CHECK_CIRCLE));
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox legend = new HBox(4);
        legend.getStyleClass().add("spr-legend");
        for (Marks.Mark m : List.of(Marks.Mark.TRIGGERED, Marks.Mark.OVERDUE, Marks.Mark.EXPIRED,
                Marks.Mark.DUE_SOON)) {
            legend.getChildren().add(Marks.badge(m, texts));
        }
        HBox bar = new HBox(8, notice, grow, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("spr-statusbar");
        return bar;
    }

    // ---- table ---------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("sprayer-table");
        table.getStyleClass().addAll(Styles.DENSE, "spr-table");
        // A sort or a filter replaces the shown rows with one setAll, which clears the table's
        // selection; the selected sprayer stays selected when it is still shown (as it did when
        // the rows were a SortedList, whose sort was a permutation). The first listener runs
        // before the table's own, the second after it.
        SprayerRow[] keep = new SprayerRow[1];
        vm.items().addListener((javafx.collections.ListChangeListener<SprayerRow>) c ->
                keep[0] = table.getSelectionModel().getSelectedItem());
        table.setItems(vm.items());
        vm.items().addListener((javafx.collections.ListChangeListener<SprayerRow>) c -> {
            SprayerRow k = keep[0];
            keep[0] = null;
            if (k != null && table.getSelectionModel().getSelectedItem() != k) {
                int at = vm.items().indexOf(k);
                if (at >= 0) {
                    table.getSelectionModel().clearAndSelect(at);
                }
            }
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(new Label(texts.get("spr.view.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.revealedProperty().addListener((o, a, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                int at = table.getSelectionModel().getSelectedIndex();
                if (at >= 0) {
                    table.scrollTo(Math.max(0, at - 3)); // a few rows above, so it is not on the edge
                }
                table.requestFocus();
            }
        });
        vm.changedSprayerProperty().addListener((o, a, id) -> {
            if (id != null) {
                for (SprayerRow r : vm.items()) {
                    if (r.id() == id) {
                        table.getSelectionModel().select(r);
                        break;
                    }
                }
            }
        });
        table.setRowFactory(t -> {
            TableRow<SprayerRow> row = new TableRow<>() {
                @Override
                protected void updateItem(SprayerRow item, boolean empty) {
                    super.updateItem(item, empty);
                    Marks.apply(this, empty ? null : item);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                edit(vm.selectedProperty().get());
                e.consume();
            }
        });

        TableColumn<SprayerRow, SprayerRow> status = col("spr.col.status", 150, null);
        comparators.put(status, Comparator.comparingInt(r -> r.statusRank));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SprayerRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                HBox box = new HBox(4);
                box.setAlignment(Pos.CENTER_LEFT);
                for (Marks.Mark m : Marks.of(r.condition())) {
                    box.getChildren().add(Marks.badge(m, texts));
                }
                setGraphic(box);
                setText(null);
            }
        });
        TableColumn<SprayerRow, SprayerRow> property = textCol("spr.col.property", 190,
                r -> r.summary().designation(), r -> r.kProperty);
        property.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SprayerRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.summary().designation());
                setTooltip(empty || r == null ? null : new Tooltip(r.summary().propertyName() + "\n"
                        + Texts.nz(r.summary().streetAddress())));
            }
        });
        TableColumn<SprayerRow, SprayerRow> district = textCol("spr.col.district", 120,
                r -> r.summary().districtName(), r -> r.kDistrict);
        TableColumn<SprayerRow, SprayerRow> placement = textCol("spr.col.placement", 120, SprayerRow::placementLabel,
                r -> r.kPlacement);
        TableColumn<SprayerRow, SprayerRow> location = textCol("spr.col.location", 140, r -> r.summary().location(),
                r -> r.kLocation);
        TableColumn<SprayerRow, SprayerRow> model = textCol("spr.col.model", 130, SprayerRow::makeModel,
                r -> r.kModel);
        TableColumn<SprayerRow, SprayerRow> serial = textCol("spr.col.serial", 110, SprayerRow::serial,
                r -> r.kSerial);
        TableColumn<SprayerRow, SprayerRow> code = textCol("spr.col.solutionCode", 110,
                r -> r.summary().solutionCode(), r -> r.kCode);
        TableColumn<SprayerRow, SprayerRow> trigger = textCol("spr.col.trigger", 110, SprayerRow::triggerLabel,
                r -> r.kTrigger);
        TableColumn<SprayerRow, SprayerRow> installed = dateCol("spr.col.installedOn", SprayerSummary::installedOn,
                null);
        TableColumn<SprayerRow, SprayerRow> last = dateCol("spr.col.lastServiceOn", SprayerSummary::lastServiceOn,
                null);
        TableColumn<SprayerRow, SprayerRow> next = dateCol("spr.col.nextService", SprayerSummary::nextService,
                r -> r.overdue() ? "spr-date-overdue" : r.dueSoon() ? "spr-date-soon" : null);
        TableColumn<SprayerRow, SprayerRow> cartridge = dateCol("spr.col.cartridgeExpires",
                SprayerSummary::cartridgeExpires, r -> r.expired() ? "spr-date-overdue" : null);
        district.setVisible(true);
        code.setVisible(true);

        TableColumn<SprayerRow, SprayerRow> actions = col("spr.col.actions", 52, null);
        actions.setText("");
        actions.setGraphic(icon(Material2AL.BUILD));
        actions.setSortable(false);
        actions.setReorderable(false);
        actions.setCellFactory(c -> new ActionCell());

        table.getColumns().setAll(List.of(actions, status, property, district, placement, location, model, serial, code,
                trigger, installed, last, next, cartridge));
        table.setSortPolicy(t -> {
            applySort();
            return true;
        });
    }

    /** Sorts on the precomputed keys: never through cell values. */
    private void applySort() {
        Comparator<SprayerRow> cmp = null;
        for (TableColumn<SprayerRow, ?> c : table.getSortOrder()) {
            Comparator<SprayerRow> one = comparators.get(c);
            if (one == null) {
                continue;
            }
            if (c.getSortType() == TableColumn.SortType.DESCENDING) {
                one = one.reversed();
            }
            cmp = cmp == null ? one : cmp.thenComparing(one);
        }
        vm.setComparator(cmp);
    }

    private TableColumn<SprayerRow, SprayerRow> col(String key, double width, Comparator<SprayerRow> cmp) {
        TableColumn<SprayerRow, SprayerRow> c = new TableColumn<>(texts.get(key));
        c.setId(key.substring(key.lastIndexOf('.') + 1));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        if (cmp != null) {
            comparators.put(c, cmp);
        }
        return c;
    }

    private TableColumn<SprayerRow, SprayerRow> textCol(String key, double width, Function<SprayerRow, String> text,
            Function<SprayerRow, String> sortKey) {
        TableColumn<SprayerRow, SprayerRow> c = col(key, width, SprayerRow.byText(sortKey));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(SprayerRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : text.apply(r));
            }
        });
        return c;
    }

    private TableColumn<SprayerRow, SprayerRow> dateCol(String key, Function<SprayerSummary, LocalDate> date,
            Function<SprayerRow, String> style) {
        TableColumn<SprayerRow, SprayerRow> c = col(key, 104, SprayerRow.byDate(date));
        c.getStyleClass().add("spr-date-col");
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(SprayerRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("spr-date-overdue", "spr-date-soon");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(Texts.date(date.apply(r.summary())));
                String s = style == null ? null : style.apply(r);
                if (s != null) {
                    getStyleClass().add(s);
                }
            }
        });
        return c;
    }

    /** The per-row menu: click one opens it, click two records "Service done" today. */
    private final class ActionCell extends TableCell<SprayerRow, SprayerRow> {
        private final MenuButton menu = new MenuButton(null, icon(Material2AL.BUILD));

        ActionCell() {
            menu.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, "spr-row-menu");
            menu.setTooltip(new Tooltip(texts.get("spr.action.record")));
            menu.setOnShowing(e -> {
                SprayerRow r = getItem();
                if (r != null) {
                    table.getSelectionModel().select(r);
                    menu.getItems().setAll(eventItems(r, true));
                }
            });
            menu.getItems().add(new MenuItem("…"));
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(SprayerRow r, boolean empty) {
            super.updateItem(r, empty);
            setGraphic(empty || r == null ? null : menu);
            setText(null);
            if (r != null) {
                menu.setId("row-actions-" + r.serial());
            }
        }
    }

    /** The menu of events for a sprayer; "Service done" and "Inspection done" need no dialog. */
    List<MenuItem> eventItems(SprayerRow r, boolean withEdit) {
        List<MenuItem> items = new ArrayList<>();
        if (r == null) {
            return items;
        }
        boolean removed = r.removed();
        items.add(item("spr.action.serviceDone", Material2AL.BUILD, "menu-service", removed,
                () -> vm.serviceDone(r)));
        items.add(item("spr.action.inspectionDone", Material2AL.CHECK_CIRCLE, "menu-inspection", removed,
                () -> vm.inspectionDone(r)));
        items.add(new SeparatorMenuItem());
        items.add(item("spr.action.activation", Material2AL.FLASH_ON, "menu-activation", removed,
                () -> EventDialog.open(window(), vm, r, EventKind.ACTIVATED)));
        items.add(item("spr.action.refill", Material2AL.HOURGLASS_BOTTOM, "menu-refill", removed,
                () -> EventDialog.open(window(), vm, r, EventKind.REFILLED)));
        items.add(item("spr.action.move", Material2MZ.PIN_DROP, "menu-move", removed,
                () -> EventDialog.open(window(), vm, r, EventKind.MOVED)));
        items.add(item("spr.action.serviceWithDetails", Material2AL.EDIT, "menu-service-details", removed,
                () -> EventDialog.open(window(), vm, r, EventKind.SERVICED)));
        items.add(new SeparatorMenuItem());
        if (withEdit) {
            items.add(item("spr.action.edit", Material2AL.EDIT, "menu-edit", false, () -> edit(r)));
        }
        MenuItem remove = item("spr.action.remove", Material2AL.DELETE, "menu-remove", removed,
                () -> EventDialog.open(window(), vm, r, EventKind.REMOVED));
        remove.getStyleClass().add("spr-menu-danger");
        items.add(remove);
        return items;
    }

    private MenuItem item(String key, Ikon ikon, String id, boolean disabled, Runnable action) {
        MenuItem m = new MenuItem(texts.get(key), icon(ikon));
        m.setId(id);
        m.setDisable(disabled);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void edit(SprayerRow r) {
        if (r != null) {
            SprayerEditor.openEdit(window(), vm, r.id());
        }
    }

    // ---- small builders ----------------------------------------------------------------------

    static FontIcon icon(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add("spr-icon");
        return i;
    }

    private Button button(String key, Ikon ikon, String id) {
        Button b = new Button(key == null ? null : texts.get(key), icon(ikon));
        b.setId(id);
        return b;
    }

    private ToggleButton quick(String key, Marks.Mark mark, String id) {
        ToggleButton t = new ToggleButton(texts.get(key), icon(mark.icon));
        t.setId(id);
        t.getStyleClass().addAll("spr-quick", "spr-quick-" + mark.css);
        t.setMinWidth(Region.USE_PREF_SIZE);
        return t;
    }

    private <E extends Enum<E> & Labelled> ComboBox<E> enumFilter(E[] values, String promptKey, String id) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setId(id);
        box.setPromptText(texts.get(promptKey));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? texts.get("spr.filter.all") : texts.label(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(promptCell(texts.get(promptKey), texts::label));
        return box;
    }

    private <T> ListCell<T> promptCell(String prompt, Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(prompt + ": " + texts.get("spr.filter.all"));
                } else {
                    setText(prompt + ": " + text.apply(item));
                }
            }
        };
    }
}
