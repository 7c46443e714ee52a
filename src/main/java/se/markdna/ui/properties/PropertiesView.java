package se.markdna.ui.properties;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.register.District;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Sheet;
import se.markdna.service.BulkChange;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.OpensRecord;
import se.markdna.ui.common.Places;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.sprayers.SprayerEditor;

/**
 * The property register ("Fastigheter"): a searchable, filterable table of every property with
 * the opened one's form beside it (the table takes the whole width while none is open). Sorting
 * runs on precomputed keys through the table's sort policy; all database work goes through the
 * view model, off the JavaFX thread.
 */
public final class PropertiesView extends BorderPane implements OpensRecord, ExportableView, Refreshable {

    static final String STYLESHEET = "/se/markdna/ui/properties.css";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final double FORM_DIVIDER = 0.58;

    private final UiContext ctx;
    private final PropertyListViewModel vm;
    private final Messages m;
    private final TableView<PropertyRow> table = new TableView<>();
    private final Map<TableColumn<PropertyRow, ?>, PropertyRow.Column> sortKeys = new IdentityHashMap<>();
    private final PropertyFormPane formPane;
    private final SplitPane split;
    private final StackPane tableBox;
    private double formDivider = FORM_DIVIDER;

    public PropertiesView(UiContext ctx) {
        this(ctx, new PropertyListViewModel(ctx.services(), ctx.messages()));
    }

    PropertiesView(UiContext ctx, PropertyListViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        this.m = vm.messages();
        getStyleClass().add("props-view");
        setId("properties-view");
        getStylesheets().add(stylesheet());

        formPane = new PropertyFormPane(vm.form(), this);
        buildTable();
        tableBox = new StackPane(table);
        tableBox.getStyleClass().add("props-table-box");
        split = new SplitPane(tableBox);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(formPane, false);
        vm.form().openProperty().addListener((o, was, open) -> showForm(open));

        setTop(new VBox(header(), filters(), bulkBar()));
        setCenter(split);
        setBottom(statusBar());

        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        vm.form().conflictProperty().addListener((o, a, c) -> {
            if (c != null) {
                // after the callback that found the conflict has finished: the dialog waits for the user
                Platform.runLater(() -> askAboutConflict(c));
            }
        });
        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !vm.loadedProperty().get()) {
                vm.load(this::selectOpenProperty);
            }
        });
    }

    public static String stylesheet() {
        return PropertiesView.class.getResource(STYLESHEET).toExternalForm();
    }

    public PropertyListViewModel viewModel() {
        return vm;
    }

    public TableView<PropertyRow> table() {
        return table;
    }

    Dialogs dialogs() {
        return ctx.dialogs();
    }

    UiContext context() {
        return ctx;
    }

    /** The form takes part of the width only while a property is open. */
    private void showForm(boolean open) {
        boolean shown = split.getItems().contains(formPane);
        if (open && !shown) {
            split.getItems().add(formPane);
            split.setDividerPositions(formDivider);
        } else if (!open && shown) {
            formDivider = split.getDividerPositions()[0];
            split.getItems().remove(formPane);
        }
    }

    // ---- contracts with the main window ----------------------------------------------------------

    /** Opens the property's detail (loading it off the FX thread) and selects its row once the table has it. */
    @Override
    public void openRecord(long id) {
        openRequests++;
        whenNoUnsavedChanges(() -> vm.form().open(id, this::selectOpenProperty));
    }

    /** Counts {@link #openRecord} calls, so that a refresh started before one does not undo it. */
    private long openRequests;

    private void selectOpenProperty() {
        var open = vm.form().originalProperty().get();
        if (open == null || !vm.loadedProperty().get()) {
            return;
        }
        long id = open.meta().id();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    @Override
    public Optional<ShownRows> shownRows() {
        if (!vm.loadedProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(new ShownRows(Sheet.PROPERTIES, vm.shownIds(), vm.filterDescription()));
    }

    /** Reads the rows again (F5, or coming back from another view), keeping the selection and an unsaved form. */
    @Override
    public void refresh() {
        List<Long> selected = table.getSelectionModel().getSelectedItems().stream().map(PropertyRow::id).toList();
        long request = openRequests;
        vm.load(() -> {
            if (request != openRequests) {
                // a record was opened meanwhile (the main window refreshes, then opens): it decides
                // the selection and the form, not what was selected before
                selectOpenProperty();
                return;
            }
            reselect(selected);
            var form = vm.form();
            if (form.openProperty().get() && !form.dirtyProperty().get() && form.originalProperty().get() != null) {
                form.open(form.originalProperty().get().meta().id());
            }
        });
    }

    private void reselect(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (ids.contains(table.getItems().get(i).id())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return vm.loadedProperty();
    }

    // ---- keyboard ------------------------------------------------------------------------------

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private TextField searchField;

    private void keys(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (NEW.match(e)) {
            newProperty();
        } else if (SAVE.match(e)) {
            formPane.save();
        } else if (FIND.match(e)) {
            searchField.requestFocus();
        } else if (UNDO.match(e)) {
            if (focus instanceof TextInputControl t && t.isUndoable()) {
                return; // the text field takes back its own typing first
            }
            undo();
        } else if (e.getCode() == KeyCode.DELETE && focus == table) {
            deleteSelected();
        } else if (e.getCode() == KeyCode.ENTER && focus == table) {
            openSelected();
        } else {
            return;
        }
        e.consume();
    }

    // ---- actions -------------------------------------------------------------------------------

    void newProperty() {
        whenNoUnsavedChanges(() -> {
            table.getSelectionModel().clearSelection();
            vm.form().startNew();
            formPane.focusFirstField();
        });
    }

    void openSelected() {
        PropertyRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            open(r.id());
        }
    }

    private void open(long id) {
        var original = vm.form().originalProperty().get();
        if (original != null && original.meta().id() == id && vm.form().openProperty().get()) {
            return;
        }
        whenNoUnsavedChanges(() -> vm.form().open(id));
    }

    /** Runs {@code then} at once, or after the user agreed to throw away unsaved changes in the form. */
    void whenNoUnsavedChanges(Runnable then) {
        var form = vm.form();
        if (form.openProperty().get() && form.dirtyProperty().get()) {
            String what = form.designationProperty().get().isBlank() ? m.get("props.form.newTitle")
                    : form.designationProperty().get();
            if (dialogs().confirm(m.get("props.form.unsaved"), m.get("props.notice.discardHeader", what),
                    m.get("props.notice.discard", what), m.get("props.action.discard"))) {
                then.run();
            }
        } else {
            then.run();
        }
    }

    void deleteSelected() {
        PropertyRow r = table.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        vm.prepareDelete(r.id(), preview -> {
            if (!dialogs().confirm(m.get("props.delete.title"), vm.deleteHeader(preview), vm.deleteQuestion(preview),
                    m.get("props.delete.confirm"))) {
                return;
            }
            vm.delete(preview, () -> {
                var open = vm.form().originalProperty().get();
                if (open != null && open.meta().id().equals(preview.property().meta().id())) {
                    vm.form().close();
                }
                ctx.shell().refreshStatus();
            });
        });
    }

    void undo() {
        vm.undo(ids -> {
            var open = vm.form().originalProperty().get();
            if (open != null && ids.contains(open.meta().id())) {
                vm.form().open(open.meta().id());
            }
            ctx.shell().refreshStatus();
        });
    }

    private void askAboutConflict(PropertyFormModel.Conflict c) {
        if (vm.form().conflictProperty().get() != c) {
            return;
        }
        List<List<String>> rows = c.differences().stream()
                .map(d -> List.of(d.field(), nz(d.mine()), nz(d.theirs()))).toList();
        Dialogs.VersionChoice choice = dialogs().chooseVersion(m.get("props.conflict.title"),
                m.get("props.conflict.header", c.mine().designation()),
                List.of(m.get("props.conflict.field"), m.get("props.conflict.mine"), m.get("props.conflict.theirs")),
                rows, m.get("props.conflict.reload"), m.get("props.conflict.overwrite"));
        switch (choice) {
            case OVERWRITE -> vm.form().overwrite(null);
            case RELOAD -> vm.form().reloadTheirs();
            default -> vm.form().keepEditing();
        }
    }

    /** Opens the sprayer editor with the open property preselected; the list refreshes when it is saved. */
    void addSprayer() {
        var p = vm.form().originalProperty().get();
        if (p == null) {
            return;
        }
        SprayerEditor.openForNewSprayer(ctx.shell().window(), ctx.services(), m, p.meta().id(), saved -> {
            vm.form().reloadSprayers();
            ctx.shell().refreshStatus();
        });
    }

    /** Shows a sprayer of the open property in the sprayer register. */
    void showSprayer(long sprayerId) {
        whenNoUnsavedChanges(() -> ctx.shell().open(Places.SPRAYERS, sprayerId));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- header, filters, bulk bar ---------------------------------------------------------------

    private Node header() {
        Label title = new Label(m.get("props.view.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("props-count");
        count.getStyleClass().add("props-count");
        count.textProperty().bind(vm.countText());
        VBox titles = new VBox(2, title, subtitle());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        Button undo = button("props.action.undo", Material2MZ.UNDO, "props-undo");
        undo.disableProperty().bind(vm.undoHistory().topProperty().isNull());
        undo.setOnAction(e -> undo());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.undoHistory().topProperty().get() == null
                ? m.get("props.action.undo")
                : m.get("props.action.undoWhat", vm.undoHistory().topProperty().get().description()),
                vm.undoHistory().topProperty()));
        undo.setTooltip(tip);
        Button refresh = button(null, Material2MZ.REFRESH, "props-refresh");
        refresh.getStyleClass().add("button-icon");
        refresh.setTooltip(new Tooltip(m.get("props.action.refresh")));
        refresh.setOnAction(e -> vm.load());
        Button delete = button("props.action.delete", Material2AL.DELETE_OUTLINE, "props-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        delete.setTooltip(new Tooltip(m.get("props.action.delete") + " (Delete)"));
        Button add = button("props.action.new", Material2AL.ADD, "props-new");
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip(m.get("props.action.new") + " (Ctrl+N)"));
        add.setOnAction(e -> newProperty());

        HBox box = new HBox(10, titles, count, grow, undo, delete, refresh, add);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("props-header");
        return box;
    }

    private Node subtitle() {
        Label l = new Label(m.get("props.view.subtitle"));
        l.getStyleClass().add("text-muted");
        return l;
    }

    private Node filters() {
        searchField = new TextField();
        searchField.setId("props-search");
        searchField.setPromptText(m.get("props.search.prompt"));
        searchField.setPrefWidth(320);
        searchField.setMinWidth(200);
        // a short pause while typing; the predicate itself is one contains per word on precomputed text
        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> vm.searchProperty().set(searchField.getText()));
        searchField.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        vm.searchProperty().addListener((o, a, b) -> {
            if (!b.equals(searchField.getText())) {
                searchField.setText(b);
            }
        });
        FontIcon glass = icon(Material2MZ.SEARCH);
        glass.getStyleClass().add("props-search-icon");
        StackPane searchBox = new StackPane(searchField, glass);
        StackPane.setAlignment(glass, Pos.CENTER_LEFT);
        glass.setTranslateX(10);
        glass.setMouseTransparent(true);
        searchField.getStyleClass().add("props-search");

        CheckComboBox<District> district = checkCombo("props-filter-district", "props.filter.district",
                vm.districts(), District::name, vm.districtFilter(), d -> d.meta().id());
        CheckComboBox<Organisation> org = checkCombo("props-filter-organisation", "props.filter.organisation",
                vm.organisations(), Organisation::name, vm.organisationFilter(), o -> o.meta().id());
        CheckComboBox<PropertyStatus> status = checkCombo("props-filter-status", "props.filter.status",
                javafx.collections.FXCollections.observableArrayList(PropertyStatus.values()), m::label,
                vm.statusFilter(), s -> s);
        CheckComboBox<String> phase = checkCombo("props-filter-phase", "props.filter.phase", vm.phases(), s -> s,
                vm.phaseFilter(), s -> s);
        Button clear = new Button(m.get("props.filter.clear"), icon(Material2AL.CLEAR));
        clear.setId("props-filter-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            searchField.clear();
            vm.clearFilters();
            for (CheckComboBox<?> c : List.of(district, org, status, phase)) {
                c.getCheckModel().clearChecks();
            }
        });
        // only offered while something narrows the table
        clear.visibleProperty().bind(Bindings.createBooleanBinding(vm::isFiltered, vm.searchProperty(),
                vm.districtFilter(), vm.organisationFilter(), vm.statusFilter(), vm.phaseFilter()));
        HBox.setHgrow(searchBox, Priority.SOMETIMES);
        searchBox.setMaxWidth(420);
        HBox box = new HBox(8, searchBox, district, org, status, phase, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("props-filters");
        return box;
    }

    private <T, K> CheckComboBox<T> checkCombo(String id, String titleKey, ObservableList<T> items,
            Function<T, String> text, ObservableSet<K> target, Function<T, K> key) {
        CheckComboBox<T> c = new CheckComboBox<>(items);
        c.setId(id);
        String title = m.get(titleKey);
        c.setTitle(title);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) ch -> {
            List<K> keys = new ArrayList<>();
            for (T t : c.getCheckModel().getCheckedItems()) {
                if (t != null) {
                    keys.add(key.apply(t));
                }
            }
            target.retainAll(keys);
            target.addAll(keys);
            c.setTitle(keys.isEmpty() ? title : title + " · " + keys.size());
        });
        c.setPrefWidth(150);
        c.setMinWidth(120);
        return c;
    }

    private Node bulkBar() {
        Label selected = new Label();
        selected.getStyleClass().add("props-bulk-count");
        ComboBox<PropertyStatus> status = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(PropertyStatus.values()));
        status.setId("bulk-status");
        status.setPromptText(m.get("props.bulk.status"));
        status.setConverter(Forms.converter(m::label));
        ComboBox<String> phase = new ComboBox<>(vm.phases());
        phase.setId("bulk-phase");
        phase.setEditable(true);
        phase.setPromptText(m.get("props.bulk.phase"));
        ComboBox<Organisation> org = new ComboBox<>(vm.organisations());
        org.setId("bulk-organisation");
        org.setPromptText(m.get("props.bulk.organisation"));
        org.setConverter(Forms.converter(Organisation::name));
        ComboBox<District> district = new ComboBox<>(vm.districts());
        district.setId("bulk-district");
        district.setPromptText(m.get("props.bulk.district"));
        district.setConverter(Forms.converter(District::name));
        Button apply = new Button(m.get("props.bulk.apply"), icon(Material2AL.DONE_ALL));
        apply.setId("bulk-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(status.valueProperty().isNull().and(org.valueProperty().isNull())
                .and(district.valueProperty().isNull())
                .and(Bindings.createBooleanBinding(() -> phase.getEditor().getText() == null
                        || phase.getEditor().getText().isBlank(), phase.getEditor().textProperty()))
                .or(vm.busy()));
        apply.setOnAction(e -> {
            String phaseText = phase.getEditor().getText();
            BulkChange change = new BulkChange(status.getValue(),
                    phaseText == null || phaseText.isBlank() ? null : phaseText.strip(), false,
                    org.getValue() == null ? null : org.getValue().meta().id(),
                    district.getValue() == null ? null : district.getValue().meta().id());
            List<Long> ids = table.getSelectionModel().getSelectedItems().stream().map(PropertyRow::id).toList();
            vm.bulkEdit(ids, change, () -> {
                status.setValue(null);
                org.setValue(null);
                district.setValue(null);
                phase.getEditor().clear();
                phase.setValue(null);
            });
        });
        FontIcon icon = icon(Material2AL.EDIT);
        HBox bar = new HBox(8, icon, selected, new Separator(Orientation.VERTICAL), status, phase, org, district,
                apply);
        bar.setId("props-bulk-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("props-bulk-bar");
        ObservableList<PropertyRow> sel = table.getSelectionModel().getSelectedItems();
        var many = Bindings.size(sel).greaterThan(1);
        bar.visibleProperty().bind(many);
        bar.managedProperty().bind(many);
        selected.textProperty().bind(Bindings.createStringBinding(() -> m.get("props.bulk.selected", sel.size()),
                sel));
        return bar;
    }

    private Node statusBar() {
        Label notice = new Label();
        notice.setId("props-notice");
        notice.getStyleClass().add("props-notice");
        notice.setGraphic(icon(Material2AL.CHECK_CIRCLE_OUTLINE));
        notice.setContentDisplay(ContentDisplay.LEFT);
        PauseTransition hide = new PauseTransition(Duration.seconds(6));
        hide.setOnFinished(e -> notice.setVisible(false));
        vm.noticeProperty().addListener((o, a, text) -> {
            if (text == null) {
                return;
            }
            boolean error = vm.noticeIsErrorProperty().get();
            notice.setText(text);
            notice.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), error);
            notice.setGraphic(icon(error ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE_OUTLINE));
            notice.setVisible(true);
            hide.playFromStart();
        });
        notice.setVisible(false);
        ProgressBar busy = new ProgressBar();
        busy.setId("props-busy");
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(vm.busy());
        Label keysHint = new Label(m.get("props.keys.hint"));
        keysHint.getStyleClass().addAll("text-muted", "text-small");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, notice, grow, busy, keysHint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("props-statusbar");
        return bar;
    }

    // ---- table ---------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("props-table");
        table.getStyleClass().addAll("props-table", "striped");
        table.setItems(vm.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true); // the user can hide columns they do not need
        NumberFormat ints = NumberFormat.getIntegerInstance(m.locale());

        table.getColumns().add(text("props.col.designation", PropertyRow.Column.DESIGNATION, 230,
                r -> r.summary().designation(), "props-strong"));
        table.getColumns().add(text("props.col.name", PropertyRow.Column.NAME, 175, r -> r.summary().name(), null));
        table.getColumns().add(text("props.col.address", PropertyRow.Column.ADDRESS, 165,
                r -> r.summary().streetAddress(), null));
        table.getColumns().add(text("props.col.district", PropertyRow.Column.DISTRICT, 130,
                r -> r.summary().districtName(), null));
        table.getColumns().add(text("props.col.organisation", PropertyRow.Column.ORGANISATION, 175,
                r -> r.summary().organisationName(), null));
        table.getColumns().add(number("props.col.dwellings", PropertyRow.Column.DWELLINGS, 112,
                r -> ints.format(r.summary().dwellings())));
        table.getColumns().add(number("props.col.kits", PropertyRow.Column.KITS, 122,
                r -> ints.format(r.summary().kitsHandedOut())));
        table.getColumns().add(coverageColumn());
        table.getColumns().add(number("props.col.signs", PropertyRow.Column.SIGNS, 84,
                r -> ints.format(r.summary().signs())));
        table.getColumns().add(statusColumn());
        table.getColumns().add(text("props.col.phase", PropertyRow.Column.PHASE, 125,
                r -> r.summary().programmePhase(), null));
        table.getColumns().add(text("props.col.markedOn", PropertyRow.Column.MARKED_ON, 108,
                r -> r.summary().markedOn() == null ? null : DATE.format(r.summary().markedOn()), "props-date"));

        // sorting on precomputed keys: never through the cell values of 100,000 rows
        table.setSortPolicy(t -> {
            List<PropertyListViewModel.Sort> order = new ArrayList<>();
            for (TableColumn<PropertyRow, ?> c : t.getSortOrder()) {
                PropertyRow.Column key = sortKeys.get(c);
                if (key != null) {
                    order.add(new PropertyListViewModel.Sort(key, c.getSortType() == TableColumn.SortType.ASCENDING));
                }
            }
            vm.sort(order);
            return true;
        });

        Label placeholder = new Label();
        placeholder.getStyleClass().add("props-placeholder");
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> !vm.loadedProperty().get()
                ? m.get("props.empty.loading")
                : vm.rows().isEmpty() ? m.get("props.empty.none") : m.get("props.empty.filtered"),
                vm.loadedProperty(), vm.rows()));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);

        vm.setShownReplacer(this::keepSelection);

        table.setRowFactory(tv -> {
            TableRow<PropertyRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()
                        && table.getSelectionModel().getSelectedItems().size() == 1) {
                    open(row.getItem().id());
                }
            });
            return row;
        });
    }

    /**
     * Replaces the shown rows (a sort or a filter, one setAll) and selects the same properties
     * afterwards, as far as they are still shown; the selected item stays the selected one.
     */
    private void keepSelection(Runnable replace) {
        var sm = table.getSelectionModel();
        if (sm.isEmpty()) {
            replace.run();
            return;
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (PropertyRow r : sm.getSelectedItems()) {
            if (r != null) {
                ids.add(r.id());
            }
        }
        PropertyRow lead = sm.getSelectedItem();
        replace.run();
        List<PropertyRow> items = table.getItems();
        int[] found = new int[ids.size()];
        int n = 0;
        int leadIndex = -1;
        for (int i = 0; i < items.size() && n < found.length; i++) {
            long id = items.get(i).id();
            if (ids.contains(id)) {
                if (lead != null && id == lead.id()) {
                    leadIndex = i;
                } else {
                    found[n++] = i;
                }
            }
        }
        sm.clearSelection();
        if (leadIndex >= 0) {
            found[n++] = leadIndex; // selected last: it becomes the selected item again
        }
        if (n > 0) {
            sm.selectIndices(found[0], Arrays.copyOfRange(found, 1, n));
            if (leadIndex >= 0) {
                table.getFocusModel().focus(leadIndex);
            }
        }
    }

    private TableColumn<PropertyRow, String> text(String key, PropertyRow.Column sortKey, double width,
            Function<PropertyRow, String> value, String styleClass) {
        TableColumn<PropertyRow, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        if (styleClass != null) {
            c.getStyleClass().add(styleClass);
        }
        sortKeys.put(c, sortKey);
        return c;
    }

    private TableColumn<PropertyRow, String> number(String key, PropertyRow.Column sortKey, double width,
            Function<PropertyRow, String> value) {
        TableColumn<PropertyRow, String> c = text(key, sortKey, width, value, "props-number");
        return c;
    }

    private TableColumn<PropertyRow, PropertyRow> coverageColumn() {
        TableColumn<PropertyRow, PropertyRow> c = new TableColumn<>(m.get("props.col.coverage"));
        c.setPrefWidth(130);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        NumberFormat pct = NumberFormat.getPercentInstance(m.locale());
        c.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final HBox box = new HBox(8, bar, text);

            {
                bar.getStyleClass().add("props-coverage-bar");
                bar.setPrefWidth(52);
                bar.setMaxHeight(6);
                text.getStyleClass().add("props-coverage-text");
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(PropertyRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null || Double.isNaN(r.coverage())) {
                    setGraphic(null);
                    setText(empty || r == null ? null : "–");
                    return;
                }
                double v = r.coverage();
                bar.setProgress(Math.min(1.0, v / 0.30));
                text.setText(pct.format(v));
                bar.pseudoClassStateChanged(PseudoClass.getPseudoClass("marked"), v >= 0.15);
                setText(null);
                setGraphic(box);
            }
        });
        sortKeys.put(c, PropertyRow.Column.COVERAGE);
        return c;
    }

    private TableColumn<PropertyRow, PropertyRow> statusColumn() {
        TableColumn<PropertyRow, PropertyRow> c = new TableColumn<>(m.get("props.col.status"));
        c.setPrefWidth(140);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("props-status");
            }

            @Override
            protected void updateItem(PropertyRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null || r.summary().status() == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(r.statusLabel());
                for (PropertyStatus s : PropertyStatus.values()) {
                    badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase()),
                            s == r.summary().status());
                }
                setGraphic(badge);
            }
        });
        sortKeys.put(c, PropertyRow.Column.STATUS);
        return c;
    }

    // ---- helpers -------------------------------------------------------------------------------

    Button button(String key, Ikon ikon, String id) {
        Button b = new Button(key == null ? null : m.get(key), icon(ikon));
        b.setId(id);
        return b;
    }

    static FontIcon icon(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add("props-icon");
        return i;
    }
}
