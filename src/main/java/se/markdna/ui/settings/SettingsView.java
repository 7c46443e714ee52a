package se.markdna.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.planning.RankedSite;
import se.markdna.i18n.Messages;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.planning.PlanningFormats;
import se.markdna.ui.planning.PlanningContext;
import se.markdna.ui.planning.PlanningWorkspace;
import se.markdna.ui.planning.RankingViewModel;

/**
 * "Inställningar": unit costs, coverage threshold, warning horizon and the priority score's
 * weights. Moving a weight re-ranks at once (the preview beside it, and the Planering views);
 * "Spara" stores everything, "Ångra ändringar" goes back to what is stored.
 */
public final class SettingsView extends BorderPane implements se.markdna.ui.common.Refreshable {

    private final SettingsViewModel vm;
    private final Messages m;
    private final PlanningFormats fmt;
    private final RankingViewModel preview;
    private boolean loaded;

    public SettingsView(UiContext ui) {
        this(new SettingsViewModel(PlanningContext.shared(ui)));
    }

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        PlanningContext ctx = vm.context();
        this.m = ctx.messages();
        this.fmt = ctx.formats();
        this.preview = new RankingViewModel(ctx);
        preview.showProperty().set(RankingViewModel.Show.OPEN);
        setId("settings-view");
        getStylesheets().add(PlanningWorkspace.stylesheet());
        getStyleClass().add("plan-view");

        GridPane costs = grid();
        int r = 0;
        r = row(costs, r, "kitCost", m.get("settings.kitCost"), vm.kitCost, "kr");
        r = row(costs, r, "signCost", m.get("settings.signCost"), vm.signCost, "kr");
        r = row(costs, r, "stickerCost", m.get("settings.stickerCost"), vm.stickerCost, "kr");
        r = row(costs, r, "sprayerInstallCost", m.get("settings.sprayerInstallCost"), vm.sprayerInstallCost, "kr");
        r = row(costs, r, "sprayerServiceCost", m.get("settings.sprayerServiceCost"), vm.sprayerServiceCost,
                m.get("settings.perYear"));
        GridPane rules = grid();
        r = 0;
        r = row(rules, r, "coverageThreshold", m.get("settings.threshold"), vm.thresholdPercent, "%");
        r = row(rules, r, "warningHorizonDays", m.get("settings.horizon"), vm.warningHorizonDays,
                m.get("settings.days"));
        int backupsRow = r;
        r = row(rules, r, "backupsToKeep", m.get("settings.backupsToKeep"), vm.backupsToKeep,
                m.get("settings.backups.unit"));
        if (ctx.services().sharedDatabase()) {
            serverKeepsBackups(rules, backupsRow);
        }
        GridPane weights = grid();
        r = 0;
        r = weightRow(weights, r, "weights.burglaryRate", m.get("plan.part.burglary"), vm.wBurglary);
        r = weightRow(weights, r, "weights.coverageGap", m.get("plan.part.coverageGap"), vm.wCoverageGap);
        r = weightRow(weights, r, "weights.safetyIndex", m.get("plan.part.safety"), vm.wSafety);
        r = weightRow(weights, r, "weights.priorityArea", m.get("plan.part.priority"), vm.wPriority);
        errorLabel(weights, r, "weights");

        Label weightsHint = new Label(m.get("settings.weights.hint"));
        weightsHint.setWrapText(true);
        weightsHint.getStyleClass().add("plan-muted");
        Button defaults = new Button(m.get("settings.weights.defaults"));
        defaults.setOnAction(e -> vm.defaultWeights());

        Button save = new Button(m.get("settings.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.dirtyProperty().not().or(vm.busy()));
        save.setOnAction(e -> vm.save());
        Button revert = new Button(m.get("settings.revert"), new FontIcon(Material2MZ.RESTORE));
        revert.setId("settings-revert");
        revert.disableProperty().bind(vm.dirtyProperty().not().or(vm.busy()));
        revert.setOnAction(e -> vm.revert());
        Label message = new Label();
        message.setId("settings-message");
        message.getStyleClass().add("plan-message");
        message.textProperty().bind(vm.messageProperty());
        Label unsaved = new Label(m.get("settings.unsaved"));
        unsaved.getStyleClass().add("plan-unsaved");
        unsaved.visibleProperty().bind(vm.dirtyProperty());
        HBox buttons = new HBox(8, save, revert, unsaved, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(m.get("settings.title"));
        title.getStyleClass().add("title-3");
        VBox form = new VBox(10, title, section(m.get("settings.costs")), costs, section(m.get("settings.rules")), rules,
                section(m.get("settings.weights")), weightsHint, weights, defaults, buttons);
        form.setPadding(new Insets(14));
        form.setMinWidth(440);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(460);
        // the form needs little width; the preview gets the rest so site names are readable
        scroll.setPrefWidth(640);
        scroll.setMaxWidth(720);

        VBox previewBox = new VBox(8, section(m.get("settings.preview")), previewHint(), previewTable());
        previewBox.setPadding(new Insets(14));
        VBox.setVgrow(previewBox.getChildren().get(2), Priority.ALWAYS);
        HBox.setHgrow(previewBox, Priority.ALWAYS);
        setCenter(new HBox(scroll, previewBox));

        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !loaded) {
                loaded = true;
                vm.load();
                preview.load();
            }
        });
    }

    public SettingsViewModel viewModel() {
        return vm;
    }

    public RankingViewModel preview() {
        return preview;
    }

    private Node previewHint() {
        Label l = new Label(m.get("settings.preview.hint"));
        l.setWrapText(true);
        l.getStyleClass().add("plan-muted");
        return l;
    }

    private Node previewTable() {
        TableView<RankedSite> t = new TableView<>(preview.shown());
        t.setId("settings-preview");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<RankedSite, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(preview.rankOf(c.getValue().site().id())));
        rank.setMaxWidth(44);
        TableColumn<RankedSite, String> name = new TableColumn<>(m.get("plan.col.site"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().site().name()));
        TableColumn<RankedSite, String> district = new TableColumn<>(m.get("plan.col.district"));
        district.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().districtName()));
        TableColumn<RankedSite, String> score = new TableColumn<>(m.get("plan.col.score"));
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(fmt.decimal(c.getValue().score().score(), 1)));
        score.getStyleClass().add("plan-num");
        t.getColumns().setAll(java.util.List.of(rank, name, district, score));
        return t;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("plan-section");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        g.getColumnConstraints().setAll(new ColumnConstraints(190), new ColumnConstraints(110),
                new ColumnConstraints(150, 180, Double.MAX_VALUE));
        return g;
    }

    private int row(GridPane g, int row, String key, String label, StringProperty p, String unit) {
        TextField t = new TextField();
        t.setId("settings-" + key);
        t.textProperty().bindBidirectional(p);
        Label l = new Label(label);
        l.setLabelFor(t);
        g.add(l, 0, row);
        g.add(t, 1, row);
        g.add(new Label(unit), 2, row);
        errorLabel(g, row + 1, key);
        return row + 2;
    }

    /**
     * On a shared database the number of backups kept is not the application's to decide: the
     * field stays (what is stored is kept as it is) but cannot be edited, and says why.
     */
    private void serverKeepsBackups(GridPane g, int row) {
        for (Node n : g.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            Integer c = GridPane.getColumnIndex(n);
            if (r == null || r != row) {
                continue;
            }
            if (n instanceof TextField t) {
                t.setDisable(true);
            } else if (c != null && c == 2 && n instanceof Label unit) {
                unit.setId("settings-backupsToKeep-shared");
                unit.setText(m.get("ui.shared.backup.setting"));
                unit.getStyleClass().add("plan-muted");
                unit.setTooltip(new javafx.scene.control.Tooltip(m.get("ui.shared.backup.setting.tooltip")));
                unit.setWrapText(true);
            }
        }
    }

    private int weightRow(GridPane g, int row, String key, String label, StringProperty p) {
        TextField t = new TextField();
        t.setId("settings-" + key);
        t.textProperty().bindBidirectional(p);
        Slider s = new Slider(0, 1, 0);
        s.setBlockIncrement(0.05);
        s.setMajorTickUnit(0.25);
        boolean[] sync = {false};
        Runnable fromText = () -> {
            Double v = PlanningFormats.parseDouble(p.get());
            if (v != null && !sync[0]) {
                sync[0] = true;
                s.setValue(Math.min(1, v));
                sync[0] = false;
            }
        };
        p.addListener(o -> fromText.run());
        fromText.run();
        s.valueProperty().addListener((o, a, b) -> {
            if (!sync[0] && s.isValueChanging() || !sync[0] && s.isFocused()) {
                sync[0] = true;
                p.set(fmt.decimal(Math.round(b.doubleValue() * 20) / 20.0, 2));
                sync[0] = false;
            }
        });
        Label l = new Label(label);
        l.setLabelFor(t);
        g.add(l, 0, row);
        g.add(t, 1, row);
        g.add(s, 2, row);
        errorLabel(g, row + 1, key);
        return row + 2;
    }

    private void errorLabel(GridPane g, int row, String key) {
        Label err = new Label();
        err.getStyleClass().add("plan-error");
        err.setWrapText(true);
        err.textProperty().bind(Bindings.createStringBinding(() -> vm.errors().get(key), vm.errors()));
        err.managedProperty().bind(err.textProperty().isNotEmpty());
        err.visibleProperty().bind(err.managedProperty());
        g.add(err, 1, row, 2, 1);
    }

    /** Reloads what is stored, unless the user is in the middle of editing (shown as "not saved"). */
    @Override
    public void refresh() {
        if (!vm.dirtyProperty().get()) {
            vm.load();
        }
        preview.load();
    }
}
