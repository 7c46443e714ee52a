package se.markdna.ui.planning;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.transformation.SortedList;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.District;
import se.markdna.domain.register.Organisation;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Sheet;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.ShownRows;

/**
 * "Platser": candidate sites ranked by priority score with the score's four parts shown as a
 * stacked bar and in points, so the order can be explained to a board; beside it the selected
 * site's editor with live validation, the cost estimate and its parts, and the status workflow.
 */
public final class SitesView extends BorderPane implements ExportableView {

    /** The colours of the score's parts: burglaries, coverage gap, safety index, priority area. */
    static final Color[] PART_COLOURS = {Color.web("#cf5c36"), Color.web("#3d7ea6"), Color.web("#e0a526"),
        Color.web("#6b8f4e")};

    private final PlanningContext ctx;
    private final Messages m;
    private final PlanningFormats fmt;
    private final RankingViewModel ranking;
    private final SiteFormModel form;
    private final TableView<RankedSite> table = new TableView<>();
    private final SortedList<RankedSite> sorted;
    private final Label explanation = new Label();

    public SitesView(PlanningContext ctx, RankingViewModel ranking, SiteFormModel form) {
        this.ctx = ctx;
        this.m = ctx.messages();
        this.fmt = ctx.formats();
        this.ranking = ranking;
        this.form = form;
        // sorting by a column header sorts this view of the ranking, never the ranking itself
        this.sorted = new SortedList<>(ranking.shown());
        setId("plan-sites");
        getStyleClass().add("plan-view");

        buildTable();
        VBox left = new VBox(8, toolbar(), legend(), table, explanation);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        explanation.getStyleClass().add("plan-explanation");
        explanation.setWrapText(true);
        explanation.setId("plan-explanation");
        explain(null);

        Node editor = editor();
        SplitPane split = new SplitPane(left, editor);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(editor, false);
        setCenter(split);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && (form.originalProperty().get() == null
                    || !form.originalProperty().get().id().equals(b.site().id()))) {
                form.edit(b.site());
            }
            explain(b);
        });
        ranking.all().addListener((javafx.collections.ListChangeListener<RankedSite>) c -> {
            var open = form.originalProperty().get();
            if (open != null && open.id() != null) {
                select(open.id());
            }
        });
        form.setOnSaved(saved -> select(saved.id()));
    }

    public TableView<RankedSite> table() {
        return table;
    }

    /** The sites in the table's filter and sort order, for "export the rows shown". */
    @Override
    public Optional<ShownRows> shownRows() {
        if (!ranking.loadedProperty().get()) {
            return Optional.empty();
        }
        List<Long> ids = table.getItems().stream().map(r -> r.site().id()).toList();
        String filter = ranking.showProperty().get() == RankingViewModel.Show.ALL ? ""
                : m.get("plan.sites.show.OPEN");
        return Optional.of(new ShownRows(Sheet.ROLLOUT_SITES, ids, filter));
    }

    /** Selects a site in the table and opens it in the editor. */
    public void open(long siteId) {
        RankedSite r = ranking.find(siteId);
        if (r == null) {
            return;
        }
        if (r.site().status() == SiteStatus.DONE || r.site().status() == SiteStatus.REJECTED) {
            ranking.showProperty().set(RankingViewModel.Show.ALL);
        }
        form.edit(r.site());
        select(siteId);
    }

    private void select(long siteId) {
        for (RankedSite r : table.getItems()) {
            if (r.site().id() == siteId) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                explain(r);
                return;
            }
        }
    }

    private Node toolbar() {
        Label title = new Label(m.get("plan.sites.title"));
        title.getStyleClass().add("title-3");
        ComboBox<RankingViewModel.Show> show = new ComboBox<>();
        show.getItems().setAll(RankingViewModel.Show.values());
        show.valueProperty().bindBidirectional(ranking.showProperty());
        show.setConverter(converter(s -> m.get("plan.sites.show." + s.name())));
        Button add = new Button(m.get("plan.sites.new"), new FontIcon(Material2AL.ADD));
        add.setId("plan-new-site");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            form.newSite(null);
        });
        Label weights = new Label();
        weights.getStyleClass().add("plan-muted");
        weights.textProperty().bind(Bindings.createStringBinding(() -> {
            var w = ranking.rankedWithProperty().get();
            String text = m.get("plan.sites.weights", fmt.decimal(w.burglaryRate(), 2), fmt.decimal(w.coverageGap(), 2),
                    fmt.decimal(w.safetyIndex(), 2), fmt.decimal(w.priorityArea(), 2));
            return ctx.previewingProperty().get() ? text + " " + m.get("plan.sites.weights.preview") : text;
        }, ranking.rankedWithProperty(), ctx.previewingProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        show.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, title, grow, show, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, bar, weights);
    }

    private Node legend() {
        HBox box = new HBox(14);
        box.getStyleClass().add("plan-legend");
        String[] keys = {"plan.part.burglary", "plan.part.coverageGap", "plan.part.safety", "plan.part.priority"};
        for (int i = 0; i < keys.length; i++) {
            Rectangle r = new Rectangle(10, 10, PART_COLOURS[i]);
            Label l = new Label(m.get(keys[i]), r);
            box.getChildren().add(l);
        }
        return box;
    }

    private void buildTable() {
        table.setId("plan-ranking");
        table.setItems(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(m.get("plan.sites.empty")));

        TableColumn<RankedSite, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(ranking.rankOf(c.getValue().site().id())));
        rank.setMaxWidth(44);
        rank.setMinWidth(34);
        rank.setSortable(false);

        TableColumn<RankedSite, String> name = text(m.get("plan.col.site"), r -> r.site().name());
        name.setMinWidth(130);
        TableColumn<RankedSite, String> district = text(m.get("plan.col.district"), RankedSite::districtName);
        district.setMinWidth(90);
        TableColumn<RankedSite, String> status = text(m.get("plan.col.status"), r -> m.label(r.site().status()));
        status.setMinWidth(110);

        TableColumn<RankedSite, RankedSite> score = new TableColumn<>(m.get("plan.col.score"));
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        score.setComparator((a, b) -> Double.compare(a.score().score(), b.score().score()));
        score.setCellFactory(c -> new ScoreCell());
        score.setMinWidth(112);

        TableColumn<RankedSite, String> parts = new TableColumn<>(m.get("plan.col.parts"));
        String[] keys = {"plan.part.burglary.short", "plan.part.coverageGap.short", "plan.part.safety.short",
            "plan.part.priority.short"};
        for (int i = 0; i < 4; i++) {
            int part = i;
            TableColumn<RankedSite, String> col = text(m.get(keys[i]), r -> fmt.decimal(
                    ScoreParts.of(r.score(), ranking.rankedWithProperty().get()).asArray()[part], 1));
            col.getStyleClass().add("plan-num");
            col.setMinWidth(46);
            parts.getColumns().add(col);
        }

        TableColumn<RankedSite, String> cost = text(m.get("plan.col.cost"), r -> fmt.sek(r.cost().total()));
        cost.getStyleClass().add("plan-num");
        cost.setMinWidth(95);
        table.getColumns().setAll(List.of(rank, name, district, status, score, parts, cost));
    }

    private TableColumn<RankedSite, String> text(String title, Function<RankedSite, String> f) {
        TableColumn<RankedSite, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }

    /** A full score of 100 draws a 70 px bar: wide enough to compare, narrow enough for the parts' columns. */
    private static final double BAR_PX_PER_POINT = 0.7;

    /** The score as a number and a stacked bar of its four parts, with the sum in a tooltip. */
    private final class ScoreCell extends TableCell<RankedSite, RankedSite> {
        private final Label value = new Label();
        private final HBox bar = new HBox();
        private final Rectangle[] pieces = new Rectangle[4];
        private final HBox box = new HBox(8, value, bar);

        ScoreCell() {
            value.setMinWidth(34);
            value.getStyleClass().add("plan-score-value");
            bar.getStyleClass().add("plan-score-bar");
            bar.setAlignment(Pos.CENTER_LEFT);
            for (int i = 0; i < 4; i++) {
                pieces[i] = new Rectangle(0, 10, PART_COLOURS[i]);
                bar.getChildren().add(pieces[i]);
            }
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(RankedSite r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            double[] p = ScoreParts.of(r.score(), ranking.rankedWithProperty().get()).asArray();
            value.setText(fmt.decimal(r.score().score(), 0));
            for (int i = 0; i < 4; i++) {
                pieces[i].setWidth(Math.max(0, p[i] * BAR_PX_PER_POINT));
            }
            setTooltip(new Tooltip(breakdown(r)));
            setGraphic(box);
        }
    }

    private String breakdown(RankedSite r) {
        double[] p = ScoreParts.of(r.score(), ranking.rankedWithProperty().get()).asArray();
        return m.get("plan.explain", r.site().name(), fmt.decimal(r.score().score(), 1), fmt.decimal(p[0], 1),
                fmt.decimal(p[1], 1), fmt.decimal(p[2], 1), fmt.decimal(p[3], 1),
                fmt.percent(r.score().burglaryPart()), fmt.percent(1 - r.score().coverageGapPart()),
                fmt.decimal(r.score().safetyPart() * 6, 2),
                r.score().priorityPart() > 0 ? m.get("plan.yes") : m.get("plan.no"));
    }

    private void explain(RankedSite r) {
        explanation.setText(r == null ? m.get("plan.explain.none") : breakdown(r));
    }

    // ---- editor

    private Node editor() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        g.getStyleClass().add("plan-form");
        int row = 0;
        row = field(g, row, "name", m.get("plan.f.name"), textField("plan-f-name", form.name));
        ComboBox<Long> district = new ComboBox<>();
        district.setId("plan-f-district");
        district.setMaxWidth(Double.MAX_VALUE);
        district.setConverter(converter(id -> form.districts().stream().filter(d -> d.id().equals(id))
                .map(District::name).findFirst().orElse("")));
        form.districts().addListener((javafx.collections.ListChangeListener<District>) c -> {
            Long keep = form.districtId.get();
            district.getItems().setAll(form.districts().stream().map(District::id).toList());
            district.setValue(keep);
        });
        district.valueProperty().bindBidirectional(form.districtId);
        row = field(g, row, "districtId", m.get("plan.f.district"), district);
        row = field(g, row, "address", m.get("plan.f.address"), textField("plan-f-address", form.address));
        TextField lat = textField("plan-f-lat", form.latitude);
        TextField lon = textField("plan-f-lon", form.longitude);
        lat.setPrefColumnCount(7);
        lon.setPrefColumnCount(7);
        HBox.setHgrow(lat, Priority.ALWAYS);
        HBox.setHgrow(lon, Priority.ALWAYS);
        HBox coords = new HBox(6, lat, lon);
        row = field(g, row, "latitude", m.get("plan.f.coordinates"), coords);
        errorRow(g, row++, "longitude");
        ComboBox<BuildingType> type = new ComboBox<>();
        type.getItems().setAll(BuildingType.values());
        type.setConverter(converter(m::label));
        type.valueProperty().bindBidirectional(form.siteType);
        type.setMaxWidth(Double.MAX_VALUE);
        row = field(g, row, "siteType", m.get("plan.f.siteType"), type);
        row = field(g, row, "dwellings", m.get("plan.f.dwellings"), textField("plan-f-dwellings", form.dwellings));
        ComboBox<Long> org = new ComboBox<>();
        org.setMaxWidth(Double.MAX_VALUE);
        org.setPromptText(m.get("plan.f.none")); // a combo box shows its prompt, not the converter, for null
        org.setConverter(converter(id -> id == null ? m.get("plan.f.none") : form.organisations().stream()
                .filter(o -> o.id().equals(id)).map(Organisation::name).findFirst().orElse("")));
        form.organisations().addListener((javafx.collections.ListChangeListener<Organisation>) c -> {
            Long keep = form.organisationId.get();
            org.getItems().setAll(new java.util.ArrayList<Long>());
            org.getItems().add(null);
            org.getItems().addAll(form.organisations().stream().map(Organisation::id).toList());
            org.setValue(keep);
        });
        org.valueProperty().bindBidirectional(form.organisationId);
        row = field(g, row, "organisationId", m.get("plan.f.organisation"), org);
        row = field(g, row, "burglaries12Months", m.get("plan.f.burglaries"),
                textField("plan-f-burglaries", form.burglaries));
        TextArea reason = new TextArea();
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(form.reason);
        row = field(g, row, "reason", m.get("plan.f.reason"), reason);

        Label planned = new Label(m.get("plan.f.plannedHeader"));
        planned.getStyleClass().add("plan-section");
        g.add(planned, 0, row++, 2, 1);
        row = field(g, row, "plannedKits", m.get("plan.f.kits"), textField("plan-f-kits", form.plannedKits));
        row = field(g, row, "plannedSprayers", m.get("plan.f.sprayers"),
                textField("plan-f-sprayers", form.plannedSprayers));
        row = field(g, row, "plannedSigns", m.get("plan.f.signs"), textField("plan-f-signs", form.plannedSigns));
        TextField quarter = textField("plan-f-quarter", form.plannedQuarter);
        quarter.setPromptText("2027-Q1");
        row = field(g, row, "plannedQuarter", m.get("plan.f.quarter"), quarter);
        row = field(g, row, "responsible", m.get("plan.f.responsible"),
                textField("plan-f-responsible", form.responsible));
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notes);
        row = field(g, row, "notes", m.get("plan.f.notes"), notes);
        // narrow enough that the editor fits beside the ranking on a 1440 px screen without scrolling sideways
        g.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(118),
                new javafx.scene.layout.ColumnConstraints(150, 240, Double.MAX_VALUE));

        Label cost = new Label();
        cost.setId("plan-cost");
        cost.getStyleClass().add("plan-cost");
        cost.setWrapText(true);
        cost.textProperty().bind(Bindings.createStringBinding(() -> {
            var c = form.costProperty().get();
            var s = ctx.settings();
            return m.get("plan.cost.breakdown", fmt.sek(c.total()), fmt.sek(c.kits()), fmt.sek(s.kitCost()),
                    fmt.sek(c.signs()), fmt.sek(s.signCost()), fmt.sek(c.sprayers()), fmt.sek(s.sprayerInstallCost()));
        }, form.costProperty(), ctx.settingsProperty()));

        Label header = new Label();
        header.getStyleClass().add("title-4");
        header.textProperty().bind(Bindings.createStringBinding(() -> {
            var o = form.originalProperty().get();
            return o == null ? m.get("plan.form.newTitle") : o.name();
        }, form.originalProperty()));
        Label status = new Label();
        status.setId("plan-form-status");
        status.getStyleClass().add("plan-status-chip");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            var o = form.originalProperty().get();
            if (o == null) {
                return m.label(SiteStatus.PROPOSED);
            }
            String t = m.label(o.status());
            if (o.status() == SiteStatus.REJECTED && o.statusReason() != null) {
                t += " – " + o.statusReason();
            }
            return t;
        }, form.originalProperty()));

        FlowPane workflow = new FlowPane(6, 6);
        workflow.setId("plan-workflow");
        form.transitions().addListener((javafx.collections.ListChangeListener<SiteStatus>) c -> fillWorkflow(workflow));
        fillWorkflow(workflow);

        Button save = new Button(m.get("plan.form.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("plan-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> form.save());
        save.disableProperty().bind(form.busyProperty().or(form.dirtyProperty().not()
                .and(form.originalProperty().isNotNull())));
        Button delete = new Button(m.get("plan.form.delete"), new FontIcon(Material2AL.DELETE));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(form.originalProperty().isNull().or(form.busyProperty()));
        delete.setOnAction(e -> form.delete());
        HBox buttons = new HBox(8, save, delete);

        Label message = new Label();
        message.setId("plan-form-message");
        message.setWrapText(true);
        message.getStyleClass().add("plan-message");
        message.textProperty().bind(form.messageProperty());

        Label workflowTitle = new Label(m.get("plan.form.workflow"));
        workflowTitle.getStyleClass().add("plan-section");
        Label costTitle = new Label(m.get("plan.form.cost"));
        costTitle.getStyleClass().add("plan-section");
        VBox box = new VBox(10, header, status, workflowTitle, workflow, g, costTitle, cost, buttons, message);
        box.setPadding(new Insets(14));
        box.getStyleClass().add("plan-editor");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Label none = new Label(m.get("plan.form.none"));
        none.getStyleClass().add("plan-muted");
        StackPane stack = new StackPane(none, scroll);
        scroll.visibleProperty().bind(form.openProperty());
        none.visibleProperty().bind(form.openProperty().not());
        stack.setMinWidth(340);
        stack.setPrefWidth(380);
        return stack;
    }

    private void fillWorkflow(FlowPane pane) {
        pane.getChildren().clear();
        for (SiteStatus s : form.transitions()) {
            Button b = new Button(m.get("plan.move.to", m.label(s)));
            b.setId("plan-move-" + s.name());
            if (s == SiteStatus.REJECTED) {
                b.getStyleClass().add("danger");
            } else if (s == SiteStatus.DONE) {
                b.getStyleClass().add("success");
            }
            // not while the form has unsaved edits: a move stores the saved version and would lose them
            b.disableProperty().bind(form.busyProperty().or(form.dirtyProperty()));
            b.setOnAction(e -> form.moveTo(s));
            pane.getChildren().add(b);
        }
        if (form.transitions().isEmpty() && form.originalProperty().get() != null) {
            Label l = new Label(m.get("plan.move.final"));
            l.getStyleClass().add("plan-muted");
            pane.getChildren().add(l);
        }
    }

    private TextField textField(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private int field(GridPane g, int row, String key, String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        g.add(l, 0, row);
        g.add(control, 1, row);
        if (control instanceof TextInputControl || control instanceof ComboBox || control instanceof HBox) {
            GridPane.setHgrow(control, Priority.ALWAYS);
        }
        Node target = control instanceof HBox h ? h.getChildren().get(0) : control;
        form.errors().addListener((MapChangeListener<String, String>) c -> {
            if (c.getKey().equals(key)) {
                target.pseudoClassStateChanged(ERROR, form.errors().containsKey(key));
            }
        });
        errorRow(g, row + 1, key);
        return row + 2;
    }

    private static final javafx.css.PseudoClass ERROR = javafx.css.PseudoClass.getPseudoClass("danger");

    private void errorRow(GridPane g, int row, String key) {
        Label err = new Label();
        err.setId("plan-err-" + key);
        err.getStyleClass().add("plan-error");
        err.setWrapText(true);
        err.textProperty().bind(Bindings.createStringBinding(() -> form.errors().get(key), form.errors()));
        err.managedProperty().bind(err.textProperty().isNotEmpty());
        err.visibleProperty().bind(err.managedProperty());
        g.add(err, 1, row);
    }

    static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
