package se.markdna.ui.properties;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.i18n.Messages;

/**
 * The form beside the table: the selected property's fields with their problems shown under them
 * as the user types, its kit distributions and its change history.
 */
final class PropertyFormPane extends StackPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final PropertyFormModel form;
    private final PropertiesView view;
    private final Messages m;
    private final Map<String, Control> fieldControls = new HashMap<>();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private TextField designationField;
    private final TabPane tabs = new TabPane();

    PropertyFormPane(PropertyFormModel form, PropertiesView view) {
        this.form = form;
        this.view = view;
        this.m = form.list().messages();
        getStyleClass().add("props-form");
        setId("props-form");
        setMinWidth(420);
        setPrefWidth(560);

        VBox content = new VBox(header(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("props-form-tabs");
        Tab details = new Tab(m.get("props.form.tab.details"), details());
        details.setId("tab-details");
        Tab kits = new Tab(m.get("props.form.tab.kits"), kits());
        kits.setId("tab-kits");
        kits.textProperty().bind(Bindings.createStringBinding(() -> form.kits().isEmpty()
                ? m.get("props.form.tab.kits") : m.get("props.form.tab.kits") + " (" + form.kits().size() + ")",
                form.kits()));
        Tab history = new Tab(m.get("props.form.tab.history"), history());
        history.setId("tab-history");
        history.disableProperty().bind(form.originalProperty().isNull());
        Tab sprayers = new Tab(m.get("props.form.tab.sprayers"), sprayers());
        sprayers.setId("tab-sprayers");
        sprayers.textProperty().bind(Bindings.createStringBinding(() -> form.sprayers().isEmpty()
                ? m.get("props.form.tab.sprayers")
                : m.get("props.form.tab.sprayers") + " (" + form.sprayers().size() + ")", form.sprayers()));
        sprayers.disableProperty().bind(form.originalProperty().isNull());
        tabs.getTabs().addAll(details, kits, sprayers, history);

        Label empty = new Label(m.get("props.form.empty"), PropertiesView.icon(Material2AL.HOME_WORK));
        empty.getStyleClass().add("props-form-empty");
        empty.setWrapText(true);
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        content.visibleProperty().bind(form.openProperty());
        empty.visibleProperty().bind(form.openProperty().not());
        getChildren().addAll(empty, content);

        form.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        form.kitErrors().addListener((MapChangeListener<String, String>) c -> showErrors());
    }

    void focusFirstField() {
        tabs.getSelectionModel().select(0);
        designationField.requestFocus();
    }

    void save() {
        if (form.canSaveBinding().get()) {
            form.save(null);
        }
    }

    // ---- header --------------------------------------------------------------------------------

    private Node header() {
        Label title = new Label();
        title.setId("props-form-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(form.titleProperty());
        Label dirty = new Label(m.get("props.form.unsaved"));
        dirty.getStyleClass().add("props-dirty");
        dirty.visibleProperty().bind(form.dirtyProperty().and(form.originalProperty().isNotNull()));
        dirty.managedProperty().bind(dirty.visibleProperty());
        Label coverage = new Label();
        coverage.setId("props-form-coverage");
        coverage.getStyleClass().add("props-form-coverage");
        coverage.textProperty().bind(Bindings.concat(m.get("props.form.coverage"), ": ", form.coverageTextProperty()));
        VBox titles = new VBox(2, title, coverage, dirty);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button close = new Button(null, PropertiesView.icon(Material2AL.CLOSE));
        close.setId("props-form-close");
        close.getStyleClass().addAll("button-icon", "flat");
        close.setTooltip(new javafx.scene.control.Tooltip(m.get("props.action.close")));
        close.setOnAction(e -> view.whenNoUnsavedChanges(form::close));
        Button save = new Button(m.get("props.action.save"), PropertiesView.icon(Material2MZ.SAVE));
        save.setId("props-save");
        save.getStyleClass().add("accent");
        save.setTooltip(new javafx.scene.control.Tooltip(m.get("props.action.save") + " (Ctrl+S)"));
        save.disableProperty().bind(form.canSaveBinding().not());
        save.setOnAction(e -> save());
        HBox box = new HBox(8, titles, grow, save, close);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("props-form-header");
        return box;
    }

    // ---- details -------------------------------------------------------------------------------

    private Node details() {
        GridPane g = new GridPane();
        g.getStyleClass().add("props-form-grid");
        g.setHgap(14);
        g.setVgap(2);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(half, half);
        int[] row = {0};

        section(g, row, "props.form.section.identity");
        designationField = textField("designation", form.designationProperty());
        put(g, row, 0, 2, field("designation", "props.field.designation", designationField));
        row[0]++;
        put(g, row, 0, 1, field("name", "props.field.name", textField("name", form.nameProperty())));
        ComboBox<BuildingType> building = enumCombo("buildingType", BuildingType.values(), form.buildingTypeProperty());
        put(g, row, 1, 1, field("buildingType", "props.field.building_type", building));
        row[0]++;

        section(g, row, "props.form.section.location");
        put(g, row, 0, 2, field("streetAddress", "props.field.street_address",
                textField("streetAddress", form.streetAddressProperty())));
        row[0]++;
        TextField postal = textField("postalCode", form.postalCodeProperty());
        postal.setPromptText("223 63");
        put(g, row, 0, 1, field("postalCode", "props.field.postal_code", postal));
        put(g, row, 1, 1, field("postTown", "props.field.post_town", textField("postTown", form.postTownProperty())));
        row[0]++;
        SearchableComboBox<District> district = searchable("districtId", form.list().districts(),
                form.districtProperty(), District::name);
        put(g, row, 0, 1, field("districtId", "props.field.district_id", district));
        HBox coords = new HBox(6, textField("latitude", form.latitudeProperty()),
                textField("longitude", form.longitudeProperty()));
        ((TextField) coords.getChildren().get(0)).setPromptText(m.get("props.field.latitude"));
        ((TextField) coords.getChildren().get(1)).setPromptText(m.get("props.field.longitude"));
        for (Node n : coords.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
        }
        put(g, row, 1, 1, field("latitude", m.get("props.field.latitude") + " / " + m.get("props.field.longitude"),
                coords, true));
        errorLabels.put("longitude", errorLabels.get("latitude"));
        row[0]++;

        section(g, row, "props.form.section.responsibility");
        SearchableComboBox<Organisation> org = searchable("organisationId", form.list().organisations(),
                form.organisationProperty(), o -> o.name() + "  ·  " + o.organisationNumber());
        put(g, row, 0, 1, field("organisationId", "props.field.organisation_id", org));
        SearchableComboBox<Contact> contact = searchable("contactId", form.contacts(), form.contactProperty(),
                c -> c.role() == null ? c.name() : c.name() + " (" + c.role() + ")");
        contact.disableProperty().bind(form.organisationProperty().isNull());
        put(g, row, 1, 1, field("contactId", "props.field.contact_id", contact));
        row[0]++;

        section(g, row, "props.form.section.programme");
        ComboBox<PropertyStatus> status = enumCombo("status", PropertyStatus.values(), form.statusProperty());
        put(g, row, 0, 1, field("status", "props.field.status", status));
        TextField phase = textField("programmePhase", form.programmePhaseProperty());
        TextFields.bindAutoCompletion(phase, req -> {
            String t = req.getUserText() == null ? "" : req.getUserText().toLowerCase();
            return form.list().phases().stream().filter(p -> p.toLowerCase().contains(t)).toList();
        });
        put(g, row, 1, 1, field("programmePhase", "props.field.programme_phase", phase));
        row[0]++;
        put(g, row, 0, 1, numbers(List.of("dwellings", "signs", "stickers"),
                List.of(form.dwellingsProperty(), form.signsProperty(), form.stickersProperty())));
        CheckBox watch = new CheckBox(m.get("props.field.neighbourhood_watch"));
        watch.setId("field-neighbourhoodWatch");
        watch.selectedProperty().bindBidirectional(form.neighbourhoodWatchProperty());
        VBox watchBox = new VBox(watch);
        watchBox.setAlignment(Pos.CENTER_LEFT);
        watchBox.getStyleClass().add("props-check");
        put(g, row, 1, 1, watchBox);
        row[0]++;
        TextArea notes = new TextArea();
        notes.setId("field-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        fieldControls.put("notes", notes);
        put(g, row, 0, 2, field("notes", "props.field.notes", notes));

        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // keyboard focus moving to a field below the fold scrolls it into view
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, was, now) -> scrollIntoView(scroll, g, now));
            }
        });
        return scroll;
    }

    private static void scrollIntoView(ScrollPane scroll, Node content, Node focused) {
        Node n = focused;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (b.getMinY() - 24 < top) {
            target = Math.max(0, b.getMinY() - 24);
        } else if (b.getMaxY() + 40 > top + viewport) {
            target = b.getMaxY() + 40 - viewport;
        }
        scroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
    }

    private Node numbers(List<String> fields, List<javafx.beans.property.StringProperty> props) {
        HBox box = new HBox(8);
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            TextField t = textField(f, props.get(i));
            t.getStyleClass().add("props-number-field");
            Node n = field(f, "props.field." + f, t);
            HBox.setHgrow(n, Priority.ALWAYS);
            box.getChildren().add(n);
        }
        return box;
    }

    private void section(GridPane g, int[] row, String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("props-section");
        g.add(l, 0, row[0], 2, 1);
        row[0]++;
    }

    private static void put(GridPane g, int[] row, int col, int span, Node n) {
        g.add(n, col, row[0], span, 1);
        GridPane.setHgrow(n, Priority.ALWAYS);
    }

    private Node field(String field, String labelKey, Control control) {
        return field(field, m.get(labelKey), control, false);
    }

    private Node field(String field, String label, Node control, boolean literal) {
        Label l = new Label(label);
        l.getStyleClass().add("props-field-label");
        if (control instanceof Control c) {
            l.setLabelFor(c);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("props-field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        errorLabels.put(field, error);
        VBox box = new VBox(3, l, control, error);
        box.getStyleClass().add("props-field");
        return box;
    }

    private TextField textField(String field, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId("field-" + field);
        t.textProperty().bindBidirectional(value);
        fieldControls.put(field, t);
        return t;
    }

    private <E extends Enum<E> & se.markdna.domain.Labelled> ComboBox<E> enumCombo(String field, E[] values,
            javafx.beans.property.ObjectProperty<E> value) {
        ComboBox<E> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.setId("field-" + field);
        c.setConverter(Forms.converter(m::label));
        c.valueProperty().bindBidirectional(value);
        c.setPromptText(m.get("props.form.choose"));
        fieldControls.put(field, c);
        return c;
    }

    private <T> SearchableComboBox<T> searchable(String field, javafx.collections.ObservableList<T> items,
            javafx.beans.property.ObjectProperty<T> value, Function<T, String> text) {
        SearchableComboBox<T> c = new SearchableComboBox<>(items);
        c.setId("field-" + field);
        c.setConverter(Forms.converter(text));
        c.valueProperty().bindBidirectional(value);
        c.setPromptText(m.get("props.form.choose"));
        fieldControls.put(field, c);
        return c;
    }

    private void showErrors() {
        Map<String, String> all = new HashMap<>(form.errors());
        form.kitErrors().forEach((k, v) -> all.put("kit." + k, v));
        for (Map.Entry<String, Label> e : errorLabels.entrySet()) {
            String f = e.getKey();
            if (f.equals("longitude")) {
                continue;
            }
            String text = all.get(f);
            if (f.equals("latitude") && text == null) {
                text = all.get("longitude");
            }
            Label l = e.getValue();
            l.setText(text == null ? "" : text);
            l.setVisible(text != null);
        }
        for (Map.Entry<String, Control> e : fieldControls.entrySet()) {
            e.getValue().pseudoClassStateChanged(DANGER, all.containsKey(e.getKey()));
        }
    }

    // ---- kit distributions ---------------------------------------------------------------------

    private Node kits() {
        TableView<KitDistribution> t = new TableView<>(form.kits());
        t.setId("props-kits");
        t.getStyleClass().add("props-kits");
        DateTimeFormatter d = DateTimeFormatter.ISO_LOCAL_DATE;
        NumberFormat ints = NumberFormat.getIntegerInstance(m.locale());
        t.getColumns().add(kitCol("props.kit.date", 96, k -> k.date() == null ? "" : d.format(k.date())));
        t.getColumns().add(kitCol("props.kit.supplier", 120, KitDistribution::supplier));
        t.getColumns().add(kitCol("props.kit.delivered", 84, k -> ints.format(k.kitsDelivered())));
        t.getColumns().add(kitCol("props.kit.handedOut", 78, k -> ints.format(k.kitsHandedOut())));
        t.getColumns().add(kitCol("props.kit.registered", 92,
                k -> k.kitsRegistered() == null ? "–" : ints.format(k.kitsRegistered())));
        t.getColumns().add(kitCol("props.kit.expires", 96, k -> k.expires() == null ? "" : d.format(k.expires())));
        t.getColumns().add(kitCol("props.kit.codes", 180, KitDistribution::codes));
        t.setPlaceholder(new Label(m.get("props.kit.empty")));
        t.setPrefHeight(200);
        t.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && t.getSelectionModel().getSelectedItem() != null) {
                form.editKit(t.getSelectionModel().getSelectedItem());
            }
        });

        Button add = new Button(m.get("props.kit.new"), PropertiesView.icon(Material2AL.ADD));
        add.setId("kit-new");
        add.setOnAction(e -> form.newKit());
        Button edit = new Button(m.get("props.kit.edit"), PropertiesView.icon(Material2AL.EDIT));
        edit.setId("kit-edit");
        edit.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> form.editKit(t.getSelectionModel().getSelectedItem()));
        Button remove = new Button(m.get("props.kit.remove"), PropertiesView.icon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
        remove.setId("kit-remove");
        remove.getStyleClass().addAll("danger", "button-outlined");
        remove.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> form.removeKit(t.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, add, edit, remove);

        GridPane g = new GridPane();
        g.getStyleClass().add("props-kit-editor");
        g.setHgap(10);
        g.setVgap(2);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 3);
            g.getColumnConstraints().add(c);
        }
        DatePicker date = new DatePicker();
        date.setId("kit-date");
        date.valueProperty().bindBidirectional(form.kitDateProperty());
        DatePicker expires = new DatePicker();
        expires.setId("kit-expires");
        expires.valueProperty().bindBidirectional(form.kitExpiresProperty());
        g.add(kitField("date", "props.kit.date", date), 0, 0);
        g.add(kitField("supplier", "props.kit.supplier", kitText("supplier", form.kitSupplierProperty())), 1, 0, 2, 1);
        g.add(kitField("kitsDelivered", "props.kit.delivered", kitText("kitsDelivered", form.kitDeliveredProperty())),
                0, 1);
        g.add(kitField("kitsHandedOut", "props.kit.handedOut", kitText("kitsHandedOut", form.kitHandedOutProperty())),
                1, 1);
        g.add(kitField("kitsRegistered", "props.kit.registered",
                kitText("kitsRegistered", form.kitRegisteredProperty())), 2, 1);
        g.add(kitField("codes", "props.kit.codes", kitText("codes", form.kitCodesProperty())), 0, 2, 2, 1);
        g.add(kitField("expires", "props.kit.expires", expires), 2, 2);

        Button apply = new Button();
        apply.setId("kit-apply");
        apply.getStyleClass().add("accent");
        apply.textProperty().bind(Bindings.when(form.editingKitProperty().isNull())
                .then(m.get("props.kit.add")).otherwise(m.get("props.kit.update")));
        apply.setOnAction(e -> form.applyKit());
        Button cancel = new Button(m.get("props.kit.cancel"));
        cancel.setId("kit-cancel");
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(e -> form.clearKitEditor());
        Label hint = new Label(m.get("props.kit.pendingHint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        HBox applyRow = new HBox(8, apply, cancel, hint);
        applyRow.setAlignment(Pos.CENTER_LEFT);

        VBox editor = new VBox(8, g, applyRow);
        editor.getStyleClass().add("props-kit-editor-box");
        editor.visibleProperty().bind(form.kitDateProperty().isNotNull().or(form.editingKitProperty().isNotNull())
                .or(form.kitSupplierProperty().isNotEmpty()));
        editor.managedProperty().bind(editor.visibleProperty());

        VBox box = new VBox(10, buttons, t, editor);
        box.getStyleClass().add("props-tab-content");
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private TableColumn<KitDistribution, String> kitCol(String key, double w, Function<KitDistribution, String> v) {
        TableColumn<KitDistribution, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(v.apply(cd.getValue())));
        return c;
    }

    private TextField kitText(String field, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId("kit-" + field);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private Node kitField(String field, String key, Control c) {
        Node n = field("kit." + field, key, c);
        fieldControls.put("kit." + field, c);
        return n;
    }

    // ---- sprayers ------------------------------------------------------------------------------

    /** The property's sprayers, read-only here: they are edited in the sprayer register. */
    private Node sprayers() {
        // two lines per sprayer: the detail pane is too narrow for four table columns
        javafx.scene.control.ListView<PropertyFormModel.SprayerLine> t = new javafx.scene.control.ListView<>(
                form.sprayers());
        t.setId("props-sprayers");
        t.getStyleClass().add("props-sprayer-list");
        t.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            private final Label serial = new Label();
            private final Label badge = new Label();
            private final Label placement = new Label();
            private final Label next = new Label();
            private final VBox box;

            {
                serial.getStyleClass().add("props-sprayer-serial");
                badge.getStyleClass().add("props-sprayer-status");
                placement.getStyleClass().add("text-muted");
                next.getStyleClass().add("text-muted");
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                HBox second = new HBox(8, placement, grow, next);
                HBox first = new HBox(8, serial, badge);
                first.setAlignment(Pos.CENTER_LEFT);
                box = new VBox(3, first, second);
            }

            @Override
            protected void updateItem(PropertyFormModel.SprayerLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                serial.setText(line.serial());
                badge.setText(line.status());
                for (var st : se.markdna.domain.sprayer.SprayerStatus.values()) {
                    badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(st.name().toLowerCase().replace('_', '-')),
                            st == line.statusCode());
                }
                placement.setText(line.placement());
                next.setText(line.nextService().isEmpty() ? "" : m.get("props.sprayer.nextServiceOn", line.nextService()));
                setGraphic(box);
            }
        });
        t.setPlaceholder(new Label(m.get("props.sprayer.empty")));
        t.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && t.getSelectionModel().getSelectedItem() != null) {
                view.showSprayer(t.getSelectionModel().getSelectedItem().id());
            }
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                view.showSprayer(t.getSelectionModel().getSelectedItem().id());
            }
        });

        Button add = new Button(m.get("props.sprayer.add"), PropertiesView.icon(Material2AL.ADD));
        add.setId("props-sprayer-add");
        add.setOnAction(e -> view.addSprayer());
        // a new sprayer needs a stored property, and unsaved edits would be lost on the way
        add.disableProperty().bind(form.originalProperty().isNull().or(form.dirtyProperty()));
        Button show = new Button(m.get("props.sprayer.show"), PropertiesView.icon(Material2MZ.OPEN_IN_NEW));
        show.setId("props-sprayer-show");
        show.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> view.showSprayer(t.getSelectionModel().getSelectedItem().id()));
        Label hint = new Label(m.get("props.sprayer.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        HBox buttons = new HBox(8, add, show);
        VBox box = new VBox(10, buttons, t, hint);
        VBox.setVgrow(t, Priority.ALWAYS);
        box.getStyleClass().add("props-tab-content");
        return box;
    }

    // ---- history -------------------------------------------------------------------------------

    private Node history() {
        TableView<PropertyFormModel.HistoryLine> t = new TableView<>(form.history());
        t.setId("props-history");
        t.getColumns().add(histCol("props.history.when", 130, PropertyFormModel.HistoryLine::at));
        t.getColumns().add(histCol("props.history.who", 90, PropertyFormModel.HistoryLine::who));
        t.getColumns().add(histCol("props.history.field", 130, PropertyFormModel.HistoryLine::field));
        t.getColumns().add(histCol("props.history.change", 240, h -> h.oldValue().isEmpty() && h.newValue().isEmpty()
                ? "" : (h.oldValue().isEmpty() ? "–" : h.oldValue()) + "  →  "
                        + (h.newValue().isEmpty() ? "–" : h.newValue())));
        t.setPlaceholder(new Label(m.get("props.history.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        box.getStyleClass().add("props-tab-content");
        return box;
    }

    private TableColumn<PropertyFormModel.HistoryLine, String> histCol(String key, double w,
            Function<PropertyFormModel.HistoryLine, String> v) {
        TableColumn<PropertyFormModel.HistoryLine, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(v.apply(cd.getValue())));
        return c;
    }
}
