package se.markdna.ui.sprayers;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;

/**
 * "Servicebehov": every active sprayer that is overdue, due within the warning horizon, has an
 * expired cartridge or is triggered, grouped by property with its address, most urgent first.
 * Printable on A4 (or to PDF through the print dialog) and exportable.
 */
public final class ServiceDueView extends BorderPane {

    private final ServiceDueModel model;
    private final Texts texts;
    private final TreeTableView<Object> tree = new TreeTableView<>();
    private final Label notice = new Label();
    private final Button export = new Button();
    private Consumer<List<SprayerSummary>> exporter;

    public ServiceDueView(AppServices services, Messages messages) {
        this(new ServiceDueModel(services, new Texts(messages), Async.fx()));
    }

    public ServiceDueView(ServiceDueModel model) {
        this.model = model;
        this.texts = model.texts();
        setId("service-due-view");
        getStyleClass().addAll("spr-view", "spr-due-view");
        getStylesheets().add(SprayersView.stylesheet());
        setTop(header());
        buildTree();
        setCenter(tree);
        notice.setId("due-notice");
        notice.getStyleClass().add("spr-notice");
        HBox bar = new HBox(notice);
        bar.getStyleClass().add("spr-statusbar");
        setBottom(bar);
        model.groups().addListener((javafx.collections.ListChangeListener<ServiceDueModel.DueGroup>) c -> fill());
        model.errorProperty().addListener((o, a, b) -> say(b, true));
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.load();
            }
        });
    }

    public ServiceDueModel model() {
        return model;
    }

    public TreeTableView<Object> tree() {
        return tree;
    }

    /**
     * The export of the work list (the Excel feature supplies the sheet writer). Until one is set
     * the Export button is hidden.
     */
    public void setExporter(Consumer<List<SprayerSummary>> exporter) {
        this.exporter = exporter;
        export.setVisible(exporter != null);
        export.setManaged(exporter != null);
    }

    public void refresh() {
        model.load();
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
        VBox titles = new VBox(2, title, sub);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = new Button(texts.get("spr.action.refresh"), SprayersView.icon(Material2MZ.REFRESH));
        refresh.setId("due-refresh");
        refresh.setOnAction(e -> model.load());
        export.setText(texts.get("due.action.export"));
        export.setGraphic(SprayersView.icon(Material2MZ.SAVE_ALT));
        export.setId("due-export");
        export.setOnAction(e -> {
            if (exporter != null) {
                exporter.accept(model.sprayers());
            }
        });
        setExporter(null);
        Button print = new Button(texts.get("due.action.print"), SprayersView.icon(Material2MZ.PRINT));
        print.setId("due-print");
        print.getStyleClass().add(Styles.ACCENT);
        print.setOnAction(e -> WorkListPrinter.print(getScene() == null ? null : getScene().getWindow(), model,
                m -> say(m, false)));
        HBox box = new HBox(10, titles, busy, grow, refresh, export, print);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("spr-header");
        return box;
    }

    private void buildTree() {
        tree.setId("due-tree");
        tree.getStyleClass().addAll(Styles.DENSE, "spr-table");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setPlaceholder(new Label(texts.get("due.view.empty")));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                boolean group = !empty && item instanceof ServiceDueModel.DueGroup;
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("group"), group);
                ServiceDueModel.DueLine l = !empty && item instanceof ServiceDueModel.DueLine d ? d : null;
                pseudoClassStateChanged(Marks.OVERDUE, l != null
                        && l.condition().serviceState() == se.markdna.domain.sprayer.DueState.OVERDUE);
                pseudoClassStateChanged(Marks.DUE_SOON, l != null
                        && l.condition().serviceState() == se.markdna.domain.sprayer.DueState.DUE_SOON);
                pseudoClassStateChanged(Marks.EXPIRED, l != null && l.condition().cartridgeExpired());
                pseudoClassStateChanged(Marks.TRIGGERED, l != null && l.condition().triggered());
            }
        });
        TreeTableColumn<Object, Object> what = column("due.col.what", 330);
        what.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                if (empty || item == null) {
                    return;
                }
                if (item instanceof ServiceDueModel.DueGroup g) {
                    Label name = new Label(g.designation() + (g.name() == null ? "" : " – " + g.name()));
                    name.getStyleClass().add(Styles.TEXT_BOLD);
                    Label count = new Label("(" + g.lines().size() + ")");
                    count.getStyleClass().add(Styles.TEXT_MUTED);
                    setGraphic(new HBox(6, name, count));
                } else if (item instanceof ServiceDueModel.DueLine l) {
                    HBox box = new HBox(4);
                    box.setAlignment(Pos.CENTER_LEFT);
                    for (Marks.Mark m : Marks.of(l.condition())) {
                        box.getChildren().add(Marks.badge(m, texts));
                    }
                    setGraphic(box);
                }
            }
        });
        TreeTableColumn<Object, Object> where = textColumn("due.col.where", 260, o -> {
            if (o instanceof ServiceDueModel.DueGroup g) {
                return g.address() + (g.district() == null ? "" : " · " + g.district());
            }
            ServiceDueModel.DueLine l = (ServiceDueModel.DueLine) o;
            return texts.label(l.sprayer().placement())
                    + (l.sprayer().location() == null ? "" : " · " + l.sprayer().location());
        });
        TreeTableColumn<Object, Object> due = textColumn("due.col.due", 100,
                o -> o instanceof ServiceDueModel.DueGroup g ? Texts.date(g.firstDue())
                        : Texts.date(((ServiceDueModel.DueLine) o).due()));
        TreeTableColumn<Object, Object> serial = textColumn("spr.col.serial", 110,
                o -> o instanceof ServiceDueModel.DueLine l ? l.sprayer().serial() : "");
        TreeTableColumn<Object, Object> unit = textColumn("spr.col.model", 130,
                o -> o instanceof ServiceDueModel.DueLine l
                        ? Texts.nz(l.sprayer().make()) + " " + Texts.nz(l.sprayer().model()) : "");
        TreeTableColumn<Object, Object> next = textColumn("spr.col.nextService", 110,
                o -> o instanceof ServiceDueModel.DueLine l ? Texts.date(l.sprayer().nextService()) : "");
        TreeTableColumn<Object, Object> cart = textColumn("spr.col.cartridgeExpires", 110,
                o -> o instanceof ServiceDueModel.DueLine l ? Texts.date(l.sprayer().cartridgeExpires()) : "");
        tree.getColumns().setAll(List.of(what, where, due, serial, unit, next, cart));
        for (TreeTableColumn<Object, ?> c : tree.getColumns()) {
            c.setSortable(false); // the list is in due-date order by design
        }
    }

    private TreeTableColumn<Object, Object> column(String key, double width) {
        TreeTableColumn<Object, Object> c = new TreeTableColumn<>(texts.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        return c;
    }

    private TreeTableColumn<Object, Object> textColumn(String key, double width,
            java.util.function.Function<Object, String> text) {
        TreeTableColumn<Object, Object> c = column(key, width);
        c.setCellFactory(x -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return c;
    }

    private void fill() {
        TreeItem<Object> root = new TreeItem<>();
        for (ServiceDueModel.DueGroup g : model.groups()) {
            TreeItem<Object> gi = new TreeItem<>(g);
            gi.setExpanded(true);
            for (ServiceDueModel.DueLine l : g.lines()) {
                gi.getChildren().add(new TreeItem<>(l));
            }
            root.getChildren().add(gi);
        }
        tree.setRoot(root);
        say("", false);
    }

    static FontIcon icon(org.kordamp.ikonli.Ikon i) {
        return SprayersView.icon(i);
    }
}
