package se.markdna.ui.properties;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.Labelled;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationType;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Sheet;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;

/**
 * Organisations (with their contacts) and districts: the reference data properties point at.
 * Exports as shown the organisations or the districts, whichever tab is open.
 */
public final class ReferenceDataView extends BorderPane implements ExportableView, Refreshable {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final UiContext ctx;
    private final ReferenceDataModel vm;
    private final Messages m;
    private final TabPane tabs;
    private TableView<Organisation> organisationTable;
    private TableView<District> districtTable;

    public ReferenceDataView(UiContext ctx) {
        this(ctx, new ReferenceDataModel(ctx.services(), ctx.messages(), BackgroundRunner.backgroundTask()));
    }

    ReferenceDataView(UiContext ctx, ReferenceDataModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        this.m = ctx.messages();
        getStyleClass().addAll("props-view", "ref-view");
        setId("reference-view");
        getStylesheets().add(PropertiesView.stylesheet());

        Label title = new Label(m.get("ref.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(m.get("ref.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        VBox titles = new VBox(2, title, subtitle);
        HBox header = new HBox(titles);
        header.getStyleClass().add("props-header");
        Tab orgTab = new Tab(m.get("ref.tab.organisations"), organisations());
        orgTab.setId("ref-tab-organisations");
        Tab districtTab = new Tab(m.get("ref.tab.districts"), districts());
        districtTab.setId("ref-tab-districts");
        tabs = new TabPane(orgTab, districtTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("ref-tabs");
        setTop(header);
        setCenter(tabs);
        Label notice = new Label();
        notice.setId("ref-notice");
        notice.getStyleClass().add("props-notice");
        notice.setVisible(false);
        javafx.animation.PauseTransition hide = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));
        hide.setOnFinished(e -> notice.setVisible(false));
        vm.noticeProperty().addListener((o, a, t) -> {
            if (t != null) {
                notice.setText(t);
                notice.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), vm.noticeIsErrorProperty().get());
                notice.setVisible(true);
                hide.playFromStart();
            }
        });
        javafx.scene.control.ProgressBar busy = new javafx.scene.control.ProgressBar();
        busy.setId("ref-busy");
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(vm.busy());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, notice, grow, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("props-statusbar");
        setBottom(bar);
        sceneProperty().addListener((o, a, s) -> {
            if (s != null && !vm.loadedProperty().get()) {
                vm.load();
            }
        });
        vm.setOnChanged(() -> ctx.shell().refreshStatus());
    }

    public ReferenceDataModel viewModel() {
        return vm;
    }

    Dialogs dialogs() {
        return ctx.dialogs();
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty readyProperty() {
        return vm.loadedProperty();
    }

    /** The organisations or the districts, as the open tab shows them (sorted as the user sorted). */
    @Override
    public java.util.Optional<ShownRows> shownRows() {
        if (!vm.loadedProperty().get()) {
            return java.util.Optional.empty();
        }
        boolean districtsShown = tabs.getSelectionModel().getSelectedIndex() == 1;
        java.util.List<Long> ids = districtsShown
                ? districtTable.getItems().stream().map(d -> d.meta().id()).toList()
                : organisationTable.getItems().stream().map(o -> o.meta().id()).toList();
        return java.util.Optional.of(new ShownRows(districtsShown ? Sheet.DISTRICTS : Sheet.ORGANISATIONS, ids, ""));
    }

    // ---- organisations -------------------------------------------------------------------------

    private Node organisations() {
        TableView<Organisation> table = new TableView<>(vm.organisations);
        organisationTable = table;
        table.setId("ref-org-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("ref.empty.organisations")));
        table.getColumns().add(col(m.get("ref.org.name"), 185, Organisation::name));
        table.getColumns().add(col(m.get("ref.org.number"), 195, Organisation::organisationNumber));
        table.getColumns().add(col(m.get("ref.org.type"), 190, o -> m.label(o.type())));
        VBox left = listPane(table, vm::openOrganisation, "ref.org.new", "ref-org-new", vm::newOrganisation);

        Map<String, Label> errs = new HashMap<>();
        Map<String, Control> ctrls = new HashMap<>();
        GridPane g = grid();
        g.add(field("org-number", "organisationNumber", m.get("ref.org.number"), text("org-number", vm.orgNumber),
                errs, ctrls), 0, 0);
        g.add(field("org-name", "name", m.get("ref.org.name"), text("org-name", vm.orgName), errs, ctrls), 1, 0);
        g.add(field("org-type", "type", m.get("ref.org.type"), combo("org-type", OrganisationType.values(), vm.orgType),
                errs, ctrls), 0, 1);
        wireErrors(vm.orgErrors, errs, ctrls);
        Button save = new Button(m.get("ref.save"), PropertiesView.icon(Material2MZ.SAVE));
        save.setId("ref-org-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.orgValid().not());
        save.setOnAction(e -> vm.saveOrganisation());
        Button delete = new Button(m.get("ref.delete"), PropertiesView.icon(Material2AL.DELETE_OUTLINE));
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.disableProperty().bind(vm.org.isNull());
        delete.setId("ref-org-delete");
        delete.setOnAction(e -> {
            if (dialogs().confirm(m.get("ref.org.deleteTitle"), m.get("ref.deleteQuestion", vm.org.get().name()),
                    m.get("ref.org.deleteText"), m.get("ref.delete"))) {
                vm.deleteOrganisation();
            }
        });
        HBox actions = new HBox(8, save, delete);

        // contacts of the organisation
        Label contactsTitle = new Label(m.get("ref.org.contacts"));
        contactsTitle.getStyleClass().add("ref-contacts-title");
        TableView<Contact> contacts = new TableView<>(vm.contacts);
        contacts.setId("ref-contacts");
        contacts.setPrefHeight(160);
        contacts.getColumns().add(col(m.get("ref.contact.name"), 140, Contact::name));
        contacts.getColumns().add(col(m.get("ref.contact.role"), 130, Contact::role));
        contacts.getColumns().add(col(m.get("ref.contact.phone"), 125, Contact::phone));
        contacts.getColumns().add(col(m.get("ref.contact.email"), 170, Contact::email));
        contacts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        contacts.setPlaceholder(new Label(m.get("ref.empty.contacts")));
        contacts.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.openContact(b);
            }
        });
        Map<String, Label> cErrs = new HashMap<>();
        Map<String, Control> cCtrls = new HashMap<>();
        GridPane cg = grid();
        cg.add(field("contact-name", "name", m.get("ref.contact.name"), text("contact-name", vm.contactName), cErrs,
                cCtrls), 0, 0);
        cg.add(field("contact-role", "role", m.get("ref.contact.role"), text("contact-role", vm.contactRole), cErrs,
                cCtrls), 1, 0);
        cg.add(field("contact-phone", "phone", m.get("ref.contact.phone"), text("contact-phone", vm.contactPhone),
                cErrs, cCtrls), 0, 1);
        cg.add(field("contact-email", "email", m.get("ref.contact.email"), text("contact-email", vm.contactEmail),
                cErrs, cCtrls), 1, 1);
        TextField retention = text("contact-retention", vm.contactRetention);
        retention.setPromptText(m.get("ref.contact.retentionPrompt"));
        cg.add(field("contact-retention", "retentionNote", m.get("ref.contact.retention"), retention, cErrs, cCtrls),
                0, 2, 2, 1);
        wireErrors(vm.contactErrors, cErrs, cCtrls);
        Button saveContact = new Button(m.get("ref.contact.save"), PropertiesView.icon(Material2MZ.SAVE));
        saveContact.setId("ref-contact-save");
        saveContact.setOnAction(e -> vm.saveContact());
        Button newContact = new Button(m.get("ref.contact.new"), PropertiesView.icon(Material2AL.ADD));
        newContact.setOnAction(e -> {
            contacts.getSelectionModel().clearSelection();
            vm.newContact();
        });
        Button deleteContact = new Button(m.get("ref.delete"), PropertiesView.icon(Material2AL.DELETE_OUTLINE));
        deleteContact.getStyleClass().addAll("danger", "button-outlined");
        deleteContact.disableProperty().bind(vm.contact.isNull());
        deleteContact.setId("ref-contact-delete");
        deleteContact.setOnAction(e -> {
            Contact c = vm.contact.get();
            if (dialogs().confirm(m.get("ref.contact.deleteTitle"), m.get("ref.deleteQuestion", c.name()),
                    m.get("ref.contact.deleteText"), m.get("ref.delete"))) {
                vm.deleteContact(c);
            }
        });
        Button eraseContact = new Button(m.get("ref.contact.erase"), PropertiesView.icon(Material2MZ.PERSON_REMOVE));
        eraseContact.setId("ref-contact-erase");
        eraseContact.getStyleClass().addAll("danger", "button-outlined");
        eraseContact.setTooltip(new javafx.scene.control.Tooltip(m.get("ref.contact.eraseTip")));
        eraseContact.disableProperty().bind(vm.contact.isNull());
        eraseContact.setOnAction(e -> {
            Contact c = vm.contact.get();
            if (dialogs().confirm(m.get("ref.contact.eraseTitle"), m.get("ref.contact.eraseHeader", c.name()),
                    vm.eraseQuestion(c), m.get("ref.contact.eraseConfirm"))) {
                vm.eraseContact(c);
            }
        });
        Region contactGrow = new Region();
        HBox.setHgrow(contactGrow, Priority.ALWAYS);
        // the actions on the chosen contact sit with the list; saving sits under the fields it saves
        HBox contactTools = new HBox(8, newContact, contactGrow, deleteContact, eraseContact);
        contactTools.setAlignment(Pos.CENTER_LEFT);
        contactsTitle.getStyleClass().add("ref-contact-header");
        contactsTitle.setMaxWidth(Double.MAX_VALUE);
        HBox contactActions = new HBox(8, saveContact);
        VBox contactBox = new VBox(8, contactsTitle, contactTools, contacts, cg, contactActions);
        contactBox.disableProperty().bind(vm.org.isNull());

        Label formTitle = new Label();
        formTitle.getStyleClass().add("title-3");
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.org.isNull())
                .then(m.get("ref.org.new")).otherwise(vm.orgName));
        VBox form = new VBox(10, formTitle, g, actions, contactBox);
        return splitWithForm(left, form, vm.orgOpen);
    }

    // ---- districts -----------------------------------------------------------------------------

    private Node districts() {
        TableView<District> table = new TableView<>(vm.districts);
        districtTable = table;
        table.setId("ref-district-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("ref.empty.districts")));
        table.getColumns().add(col(m.get("ref.district.name"), 150, District::name));
        table.getColumns().add(col(m.get("ref.district.mainArea"), 100, d -> m.label(d.mainArea())));
        table.getColumns().add(col(m.get("ref.district.households"), 90, d -> String.valueOf(d.households())));
        table.getColumns().add(col(m.get("ref.district.safetyIndex"), 110,
                d -> d.safetyIndex() == null ? "" : String.format(m.locale(), "%.2f", d.safetyIndex())));
        table.getColumns().add(col(m.get("ref.district.burglaries"), 110,
                d -> String.valueOf(d.burglaries12Months())));
        table.getColumns().add(col(m.get("ref.district.priority"), 90,
                d -> d.priority() ? m.get("bool.true") : ""));
        VBox left = listPane(table, vm::openDistrict, "ref.district.new", "ref-district-new", vm::newDistrict);

        Map<String, Label> errs = new HashMap<>();
        Map<String, Control> ctrls = new HashMap<>();
        GridPane g = grid();
        g.add(field("district-name", "name", m.get("ref.district.name"), text("district-name", vm.dName), errs, ctrls),
                0, 0);
        g.add(field("district-mainArea", "mainArea", m.get("ref.district.mainArea"),
                combo("district-mainArea", MainArea.values(), vm.dMainArea), errs, ctrls), 1, 0);
        g.add(field("district-kind", "kind", m.get("ref.district.kind"),
                combo("district-kind", DistrictKind.values(), vm.dKind), errs, ctrls), 0, 1);
        g.add(field("district-households", "households", m.get("ref.district.households"),
                text("district-households", vm.dHouseholds), errs, ctrls), 1, 1);
        g.add(field("district-latitude", "latitude", m.get("ref.district.latitude"),
                text("district-latitude", vm.dLatitude), errs, ctrls), 0, 2);
        g.add(field("district-longitude", "longitude", m.get("ref.district.longitude"),
                text("district-longitude", vm.dLongitude), errs, ctrls), 1, 2);
        g.add(field("district-safety", "safetyIndex", m.get("ref.district.safetyIndex"),
                text("district-safety", vm.dSafety), errs, ctrls), 0, 3);
        g.add(field("district-burglaries", "burglaries12Months", m.get("ref.district.burglaries"),
                text("district-burglaries", vm.dBurglaries), errs, ctrls), 1, 3);
        CheckBox priority = new CheckBox(m.get("ref.district.priority"));
        priority.setId("district-priority");
        priority.selectedProperty().bindBidirectional(vm.dPriority);
        g.add(priority, 0, 4);
        g.add(field("district-reason", "priorityReason", m.get("ref.district.priorityReason"),
                text("district-reason", vm.dReason), errs, ctrls), 1, 4);
        wireErrors(vm.districtErrors, errs, ctrls);
        Button save = new Button(m.get("ref.save"), PropertiesView.icon(Material2MZ.SAVE));
        save.setId("ref-district-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.districtValid().not());
        save.setOnAction(e -> vm.saveDistrict());
        Button delete = new Button(m.get("ref.delete"), PropertiesView.icon(Material2AL.DELETE_OUTLINE));
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.disableProperty().bind(vm.district.isNull());
        delete.setId("ref-district-delete");
        delete.setOnAction(e -> {
            if (dialogs().confirm(m.get("ref.district.deleteTitle"),
                    m.get("ref.deleteQuestion", vm.district.get().name()), m.get("ref.district.deleteText"),
                    m.get("ref.delete"))) {
                vm.deleteDistrict();
            }
        });
        Label formTitle = new Label();
        formTitle.getStyleClass().add("title-3");
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.district.isNull())
                .then(m.get("ref.district.new")).otherwise(vm.dName));
        VBox form = new VBox(10, formTitle, g, new HBox(8, save, delete));
        return splitWithForm(left, form, vm.districtOpen);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Node splitWithForm(Node left, VBox form, javafx.beans.property.BooleanProperty open) {
        form.getStyleClass().add("ref-form");
        form.visibleProperty().bind(open);
        Label empty = new Label(m.get("ref.select"));
        empty.getStyleClass().add("props-form-empty");
        empty.visibleProperty().bind(open.not());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        javafx.scene.layout.StackPane right = new javafx.scene.layout.StackPane(empty, scroll);
        right.getStyleClass().add("props-form");
        scroll.visibleProperty().bind(open);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(2);
        g.getStyleClass().add("props-form-grid");
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(50);
            g.getColumnConstraints().add(c);
        }
        return g;
    }

    private Node field(String id, String field, String label, Control c, Map<String, Label> errs,
            Map<String, Control> ctrls) {
        Label l = new Label(label);
        l.getStyleClass().add("props-field-label");
        l.setLabelFor(c);
        c.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.setId("error-" + id);
        error.getStyleClass().add("props-field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        errs.put(field, error);
        ctrls.put(field, c);
        VBox box = new VBox(3, l, c, error);
        box.getStyleClass().add("props-field");
        return box;
    }

    private static void wireErrors(ObservableMap<String, String> errors, Map<String, Label> errs,
            Map<String, Control> ctrls) {
        errors.addListener((MapChangeListener<String, String>) ch -> {
            errs.forEach((f, l) -> l.setText(errors.getOrDefault(f, "")));
            ctrls.forEach((f, c) -> c.pseudoClassStateChanged(DANGER, errors.containsKey(f)));
        });
    }

    private static TextField text(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private <E extends Enum<E> & Labelled> ComboBox<E> combo(String id, E[] values,
            javafx.beans.property.ObjectProperty<E> p) {
        ComboBox<E> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.setId(id);
        c.setConverter(Forms.converter(m::label));
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    private static <T> TableColumn<T, String> col(String title, double w, Function<T, String> v) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(v.apply(cd.getValue())));
        return c;
    }

    /** A register's list with its "New …" button above it: selecting a row opens it in the form. */
    private <T> VBox listPane(TableView<T> table, java.util.function.Consumer<T> open, String newKey, String newId,
            Runnable create) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                open.accept(b);
            }
        });
        Button add = new Button(m.get(newKey), PropertiesView.icon(Material2AL.ADD));
        add.setId(newId);
        add.getStyleClass().add("accent");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            create.run();
        });
        VBox pane = new VBox(10, add, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.getStyleClass().add("ref-pane");
        return pane;
    }
}
