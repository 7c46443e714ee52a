package se.markdna.ui.sprayers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import se.markdna.domain.Labelled;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.service.SprayerService;
import se.markdna.service.ValidationException;
import se.markdna.ui.common.BackgroundTask;

/**
 * The window to add or edit a sprayer. Not blocking (show, not showAndWait): the caller is told
 * through a callback when it was saved.
 */
public final class SprayerEditor {

    private final AppServices services;
    private final Texts texts;
    private final SprayerEditorModel model;
    private final Stage stage = new Stage();
    private final BiConsumer<Sprayer, Sprayer> onSaved;
    private final Label banner = new Label();
    private final SearchableComboBox<PropertySummary> propertyBox = new SearchableComboBox<>();
    private final Button save = new Button();
    private boolean saving;
    private static SprayerEditor lastOpened;

    private SprayerEditor(Window owner, AppServices services, Texts texts, LocalDate today,
            BiConsumer<Sprayer, Sprayer> onSaved) {
        this.services = services;
        this.texts = texts;
        this.onSaved = onSaved;
        this.model = new SprayerEditorModel(texts, today);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(new Scene(build(), 760, 640));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        SprayersView.addStylesheet(stage.getScene());
        lastOpened = this;
    }

    /** The editor opened last (for tests). */
    static SprayerEditor lastOpened() {
        return lastOpened;
    }

    // ---- entry points ------------------------------------------------------------------------

    /** As {@link #openForNewSprayer(Window, AppServices, Messages, long, Consumer)}, in the system's language. */
    public static SprayerEditor openForNewSprayer(Window owner, AppServices services, long propertyId) {
        return openForNewSprayer(owner, services, Messages.forLanguage(null), propertyId, null);
    }

    /**
     * Opens the form for a new sprayer at a property (the property is preselected): for the
     * property detail view. Returns at once (the window is not modal to the application, only to
     * {@code owner}); the properties and the register's serials load off the JavaFX thread.
     *
     * @param owner   the window the form belongs to (may be null)
     * @param onSaved may be null; called on the JavaFX thread with the stored sprayer after a save
     */
    public static SprayerEditor openForNewSprayer(Window owner, AppServices services, Messages messages,
            long propertyId, Consumer<Sprayer> onSaved) {
        SprayerEditor e = new SprayerEditor(owner, services, new Texts(messages),
                services.sprayers().today(), (before, after) -> {
                    if (onSaved != null) {
                        onSaved.accept(after);
                    }
                });
        e.loadNew(propertyId, null);
        e.stage.show();
        return e;
    }

    static SprayerEditor openNew(Window owner, SprayerListViewModel vm, Long propertyId) {
        SprayerEditor e = new SprayerEditor(owner, vm.services(), vm.texts(), vm.today(), vm::saved);
        e.loadNew(propertyId, knownIdentifiers(vm));
        e.stage.show();
        return e;
    }

    static SprayerEditor openEdit(Window owner, SprayerListViewModel vm, long sprayerId) {
        SprayerEditor e = new SprayerEditor(owner, vm.services(), vm.texts(), vm.today(), vm::saved);
        e.loadExisting(sprayerId, knownIdentifiers(vm));
        e.stage.show();
        return e;
    }

    /** The list's serials and codes once it is loaded; before that the editor asks the register. */
    private static SprayerService.UsedIdentifiers knownIdentifiers(SprayerListViewModel vm) {
        return vm.loadedProperty().get() ? vm.identifiers() : null;
    }

    public Stage stage() {
        return stage;
    }

    public SprayerEditorModel model() {
        return model;
    }

    // ---- loading -----------------------------------------------------------------------------

    private record Setup(List<PropertySummary> properties, Sprayer sprayer, SprayerService.UsedIdentifiers ids,
            int defaultInterval) {
    }

    private void loadNew(Long propertyId, SprayerService.UsedIdentifiers ids) {
        stage.setTitle(texts.get("spr.editor.titleNew"));
        setBusy(true);
        BackgroundTask.of(() -> new Setup(services.register().propertySummaries(), null,
                ids != null ? ids : services.sprayers().usedIdentifiers(),
                services.settings().current().defaultServiceIntervalMonths()))
                .onSuccess(s -> {
                    propertyBox.getItems().setAll(s.properties);
                    PropertySummary at = propertyId == null ? null : find(s.properties, propertyId);
                    model.startNew(at, s.defaultInterval);
                    model.setUsedIdentifiers(s.ids);
                    setBusy(false);
                    focusFirstEmpty();
                })
                .onFailure(this::failed)
                .start();
    }

    private void loadExisting(long sprayerId, SprayerService.UsedIdentifiers ids) {
        stage.setTitle(texts.get("spr.editor.titleEdit"));
        setBusy(true);
        BackgroundTask.of(() -> new Setup(services.register().propertySummaries(),
                services.sprayers().sprayer(sprayerId).orElseThrow(),
                ids != null ? ids : services.sprayers().usedIdentifiers(), 12))
                .onSuccess(s -> {
                    propertyBox.getItems().setAll(s.properties);
                    model.edit(s.sprayer, find(s.properties, s.sprayer.propertyId()));
                    model.setUsedIdentifiers(s.ids);
                    stage.setTitle(texts.get("spr.editor.titleEdit") + " – " + s.sprayer.serial());
                    setBusy(false);
                })
                .onFailure(this::failed)
                .start();
    }

    private static PropertySummary find(List<PropertySummary> all, long id) {
        return all.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private void setBusy(boolean b) {
        saving = b;
        stage.getScene().getRoot().setDisable(b);
    }

    /** A new sprayer's form opens at the first thing to fill in: the property, or else the location. */
    private void focusFirstEmpty() {
        javafx.scene.Node target = model.property.get() == null ? propertyBox
                : stage.getScene().lookup("#editor-location");
        if (target != null) {
            target.requestFocus();
        }
    }

    private void failed(Throwable e) {
        setBusy(false);
        showBanner(SprayerListViewModel.errorText(texts, e));
    }

    private void showBanner(String text) {
        banner.setText(text);
        banner.setVisible(true);
        banner.setManaged(true);
    }

    // ---- saving ------------------------------------------------------------------------------

    void save() {
        if (saving) {
            return;
        }
        if (!model.submit()) {
            showBanner(texts.get("spr.editor.fix"));
            return;
        }
        Sprayer before = model.original();
        Sprayer toSave = model.toSprayer();
        setBusy(true);
        BackgroundTask.of(() -> services.sprayers().save(toSave))
                .onSuccess(saved -> {
                    setBusy(false);
                    stage.close();
                    onSaved.accept(before, saved);
                })
                .onFailure(e -> {
                    setBusy(false);
                    if (e instanceof ValidationException v) {
                        model.submitFailed(v.problems());
                        showBanner(texts.get("spr.editor.fix"));
                    } else {
                        showBanner(SprayerListViewModel.errorText(texts, e));
                        if (!SprayerListViewModel.isExpected(e)) {
                            se.markdna.ui.common.ErrorHandler.handle(e);
                        }
                    }
                })
                .start();
    }

    // ---- layout ------------------------------------------------------------------------------

    private javafx.scene.Parent build() {
        var shown = model.shownProblems();

        propertyBox.setId("editor-property");
        propertyBox.valueProperty().bindBidirectional(model.property);
        StringConverter<PropertySummary> pc = new StringConverter<>() {
            @Override
            public String toString(PropertySummary p) {
                return p == null ? "" : p.designation() + (p.name() == null ? "" : " – " + p.name());
            }

            @Override
            public PropertySummary fromString(String s) {
                return null;
            }
        };
        propertyBox.setConverter(pc);
        propertyBox.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Placement> placement = enumBox(Placement.values());
        placement.valueProperty().bindBidirectional(model.placement);
        ComboBox<Trigger> trigger = enumBox(Trigger.values());
        trigger.valueProperty().bindBidirectional(model.trigger);
        // removal goes through the Remove action, which records a removal event
        ComboBox<SprayerStatus> status = enumBox(new SprayerStatus[] {SprayerStatus.ACTIVE,
            SprayerStatus.OUT_OF_SERVICE});
        status.valueProperty().bindBidirectional(model.status);

        TextField location = text("editor-location", model.location);
        location.setPromptText(texts.get("spr.editor.locationPrompt"));
        TextField make = text("editor-make", model.make);
        TextField mdl = text("editor-model", model.model);
        TextField serial = text("editor-serial", model.serial);
        TextField code = text("editor-solutionCode", model.solutionCode);
        TextField installer = text("editor-installer", model.installer);
        DatePicker installed = Forms.datePicker();
        installed.setId("editor-installedOn");
        installed.valueProperty().bindBidirectional(model.installedOn);
        DatePicker filled = Forms.datePicker();
        filled.setId("editor-cartridgeFilledOn");
        filled.valueProperty().bindBidirectional(model.cartridgeFilledOn);
        DatePicker last = Forms.datePicker();
        last.setId("editor-lastServiceOn");
        last.valueProperty().bindBidirectional(model.lastServiceOn);
        Spinner<Integer> interval = new Spinner<>(Sprayer.MIN_INTERVAL, Sprayer.MAX_INTERVAL, 12);
        interval.setId("editor-interval");
        interval.setEditable(true);
        interval.setMaxWidth(Double.MAX_VALUE);
        interval.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.interval.set(b);
            }
        });
        model.interval.addListener((o, a, b) -> interval.getValueFactory().setValue(b.intValue()));
        CheckBox sign = new CheckBox(texts.get("spr.field.warningSign"));
        sign.selectedProperty().bindBidirectional(model.warningSign);
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        int r = 0;
        grid.add(section("spr.editor.sectionWhere"), 0, r++, 2, 1);
        grid.add(Forms.field(texts.get("spr.field.property"), propertyBox, shown, "propertyId"), 0, r, 2, 1);
        r++;
        grid.add(Forms.field(texts.get("spr.field.placement"), placement, shown, "placement"), 0, r);
        grid.add(Forms.field(texts.get("spr.field.location"), location, shown, "location"), 1, r++);
        grid.add(section("spr.editor.sectionUnit"), 0, r++, 2, 1);
        grid.add(Forms.field(texts.get("spr.field.make"), make, shown, "make"), 0, r);
        grid.add(Forms.field(texts.get("spr.field.model"), mdl, shown, "model"), 1, r++);
        grid.add(Forms.field(texts.get("spr.field.serial"), serial, shown, "serial"), 0, r);
        grid.add(Forms.field(texts.get("spr.field.solutionCode"), code, shown, "solutionCode"), 1, r++);
        grid.add(Forms.field(texts.get("spr.field.trigger"), trigger, shown, "trigger"), 0, r);
        grid.add(Forms.field(texts.get("spr.field.status"), status, shown, "status"), 1, r++);
        grid.add(section("spr.editor.sectionService"), 0, r++, 2, 1);
        grid.add(Forms.field(texts.get("spr.field.installedOn"), installed, shown, "installedOn"), 0, r);
        grid.add(Forms.field(texts.get("spr.field.installer"), installer, shown, "installer"), 1, r++);
        grid.add(Forms.field(texts.get("spr.field.cartridgeFilledOn"), filled, shown, "cartridgeFilledOn"), 0, r);
        grid.add(Forms.field(texts.get("spr.field.interval"), interval, shown, "serviceIntervalMonths"), 1, r++);
        grid.add(Forms.field(texts.get("spr.field.lastServiceOn"), last, shown, "lastServiceOn"), 0, r);
        VBox signBox = new VBox(sign);
        signBox.setAlignment(Pos.BOTTOM_LEFT);
        signBox.setPadding(new Insets(0, 0, 6, 0));
        grid.add(signBox, 1, r++);
        grid.add(Forms.field(texts.get("spr.field.notes"), notes, shown, "notes"), 0, r++, 2, 1);
        grid.setPadding(new Insets(16, 20, 16, 20));

        banner.setId("editor-banner");
        banner.getStyleClass().addAll("spr-banner", "spr-banner-error");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.setManaged(false);

        save.setText(texts.get("spr.action.save"));
        save.setId("editor-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        Button cancel = new Button(texts.get("spr.action.cancel"));
        cancel.setId("editor-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Label hint = new Label();
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.problems().isEmpty() ? ""
                : texts.get("spr.editor.problemsLeft", model.problems().size()), model.problems()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, hint, grow, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 20, 12, 20));
        buttons.getStyleClass().add("spr-dialog-buttons");

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setTop(banner);
        root.setBottom(buttons);
        root.setId("sprayer-editor");
        root.getStyleClass().add("spr-editor");
        return root;
    }

    private Label section(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().addAll(Styles.TITLE_4, "spr-section");
        return l;
    }

    private TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private <E extends Enum<E> & Labelled> ComboBox<E> enumBox(E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        StringConverter<E> conv = new StringConverter<>() {
            @Override
            public String toString(E e) {
                return texts.label(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
        box.setConverter(conv);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : texts.label(item));
            }
        });
        return box;
    }
}
