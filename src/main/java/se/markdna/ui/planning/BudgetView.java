package se.markdna.ui.planning;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.markdna.i18n.Messages;

/**
 * "Budget": enter a budget, see the chosen sites (the set with the highest total score that fits),
 * the totals and each district's coverage before → after; pin sites in or out and plan again;
 * approve the whole plan in one action.
 */
public final class BudgetView extends BorderPane {

    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");

    private final BudgetViewModel vm;
    private final Messages m;
    private final PlanningFormats fmt;
    private final TableView<BudgetViewModel.Row> table = new TableView<>();

    public BudgetView(PlanningContext ctx, BudgetViewModel vm) {
        this.vm = vm;
        this.m = ctx.messages();
        this.fmt = ctx.formats();
        setId("plan-budget");
        getStyleClass().add("plan-view");

        TextField budget = new TextField();
        budget.setId("plan-budget-amount");
        budget.setPromptText("500 000");
        budget.setPrefColumnCount(10);
        budget.textProperty().bindBidirectional(vm.budgetTextProperty());
        budget.setOnAction(e -> vm.plan());
        Button plan = new Button(m.get("plan.budget.plan"), new FontIcon(Material2AL.CALCULATE));
        plan.setId("plan-budget-run");
        plan.getStyleClass().add("accent");
        plan.setOnAction(e -> vm.plan());
        plan.disableProperty().bind(vm.busy());
        Button clear = new Button(m.get("plan.budget.clearPins"));
        clear.setOnAction(e -> vm.clearPins());
        clear.disableProperty().bind(vm.busy().or(vm.summaryProperty().isNull()));
        Button approve = new Button(m.get("plan.budget.approve"), new FontIcon(Material2AL.CHECK_CIRCLE));
        approve.setId("plan-budget-approve");
        approve.getStyleClass().add("success");
        approve.disableProperty().bind(vm.busy().or(Bindings.createBooleanBinding(() -> vm.summaryProperty().get() == null
                || vm.summaryProperty().get().sites() == 0 || !vm.summaryProperty().get().feasible(),
                vm.summaryProperty())));
        approve.setOnAction(e -> vm.approve());
        Label budgetLabel = new Label(m.get("plan.budget.amount"));
        budgetLabel.setLabelFor(budget);
        Label error = new Label();
        error.getStyleClass().add("plan-error");
        error.textProperty().bind(vm.budgetErrorProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, budgetLabel, budget, new Label("kr"), plan, clear, error, grow, approve);
        bar.setAlignment(Pos.CENTER_LEFT);

        HBox figures = new HBox(12);
        figures.managedProperty().bind(vm.summaryProperty().isNotNull());
        figures.visibleProperty().bind(figures.managedProperty());
        figures.setId("plan-budget-figures");
        vm.summaryProperty().addListener((o, a, s) -> {
            figures.getChildren().clear();
            if (s != null) {
                figures.getChildren().addAll(figure(m.get("plan.budget.sites"), fmt.integer(s.sites()), "plan-fig-sites"),
                        figure(m.get("plan.budget.totalCost"), fmt.sek(s.totalCost()), "plan-fig-cost"),
                        figure(m.get("plan.budget.remaining"), fmt.sek(s.remaining()), "plan-fig-remaining"),
                        figure(m.get("plan.budget.households"), fmt.integer(s.households()), "plan-fig-households"),
                        figure(m.get("plan.budget.kits"), fmt.integer(s.kits()), "plan-fig-kits"),
                        figure(m.get("plan.budget.totalScore"), fmt.decimal(s.totalScore(), 0), "plan-fig-score"));
            }
        });

        buildTable();
        TableView<BudgetViewModel.DistrictChange> districts = districtTable();
        Label hint = new Label(m.get("plan.budget.hint"));
        hint.getStyleClass().add("plan-muted");
        hint.setWrapText(true);
        Label message = new Label();
        message.setId("plan-budget-message");
        message.getStyleClass().add("plan-message");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Label sitesTitle = new Label(m.get("plan.budget.candidates"));
        sitesTitle.getStyleClass().add("plan-section");
        Label districtTitle = new Label(m.get("plan.budget.coverage"));
        districtTitle.getStyleClass().add("plan-section");
        VBox right = new VBox(6, districtTitle, districts);
        VBox.setVgrow(districts, Priority.ALWAYS);
        right.setPrefWidth(330);
        right.setMinWidth(280);
        VBox left = new VBox(6, sitesTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox body = new HBox(14, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label title = new Label(m.get("plan.budget.title"));
        title.getStyleClass().add("title-3");
        VBox root = new VBox(10, title, hint, bar, figures, message, body);
        root.setPadding(new Insets(12));
        setCenter(root);
    }

    private Node figure(String label, String value, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("plan-figure-value");
        Label l = new Label(label);
        l.getStyleClass().add("plan-figure-label");
        VBox box = new VBox(2, v, l);
        box.getStyleClass().add("plan-figure");
        return box;
    }

    public TableView<BudgetViewModel.Row> table() {
        return table;
    }

    private void buildTable() {
        table.setId("plan-budget-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(m.get("plan.budget.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BudgetViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(CHOSEN, !empty && r != null && r.chosen());
            }
        });
        TableColumn<BudgetViewModel.Row, String> chosen = col(m.get("plan.budget.col.chosen"),
                r -> r.chosen() ? "✓" : "");
        chosen.setMaxWidth(60);
        chosen.setMinWidth(42);
        TableColumn<BudgetViewModel.Row, String> name = col(m.get("plan.col.site"), r -> r.ranked().site().name());
        name.setMinWidth(130);
        TableColumn<BudgetViewModel.Row, String> district = col(m.get("plan.col.district"),
                r -> r.ranked().districtName());
        district.setMinWidth(90);
        TableColumn<BudgetViewModel.Row, String> status = col(m.get("plan.col.status"),
                r -> m.label(r.ranked().site().status()));
        TableColumn<BudgetViewModel.Row, String> score = col(m.get("plan.col.score"),
                r -> fmt.decimal(r.ranked().score().score(), 0));
        TableColumn<BudgetViewModel.Row, String> cost = col(m.get("plan.col.cost"),
                r -> fmt.sek(r.ranked().cost().total()));
        TableColumn<BudgetViewModel.Row, String> dwellings = col(m.get("plan.col.dwellings"),
                r -> fmt.integer(r.ranked().site().dwellings()));
        score.getStyleClass().add("plan-num");
        cost.getStyleClass().add("plan-num");
        dwellings.getStyleClass().add("plan-num");
        status.setMinWidth(122);
        score.setMinWidth(84);
        cost.setMinWidth(95);
        dwellings.setMinWidth(72);
        TableColumn<BudgetViewModel.Row, BudgetViewModel.Row> pin = new TableColumn<>(m.get("plan.budget.col.pin"));
        pin.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pin.setCellFactory(c -> new PinCell());
        pin.setMinWidth(215);
        pin.setSortable(false);
        table.getColumns().setAll(java.util.List.of(chosen, name, district, status, score, cost, dwellings, pin));
    }

    /** Three toggles: let the planner decide, always take, never take. */
    private final class PinCell extends TableCell<BudgetViewModel.Row, BudgetViewModel.Row> {
        private final ToggleGroup group = new ToggleGroup();
        private final ToggleButton auto = new ToggleButton(m.get("plan.pin.none"));
        private final ToggleButton in = new ToggleButton(m.get("plan.pin.in"));
        private final ToggleButton out = new ToggleButton(m.get("plan.pin.out"));
        private final HBox box = new HBox(auto, in, out);
        private boolean updating;

        PinCell() {
            for (ToggleButton b : new ToggleButton[] {auto, in, out}) {
                b.setToggleGroup(group);
                b.getStyleClass().add("small");
                b.setMinWidth(Region.USE_PREF_SIZE); // "Ta med" must never read "Ta …"
            }
            auto.getStyleClass().add("left-pill");
            in.getStyleClass().add("center-pill");
            out.getStyleClass().add("right-pill");
            group.selectedToggleProperty().addListener((o, a, b) -> {
                if (updating || getItem() == null) {
                    return;
                }
                if (b == null) {
                    a.setSelected(true);
                    return;
                }
                BudgetViewModel.Pin p = b == in ? BudgetViewModel.Pin.IN
                        : b == out ? BudgetViewModel.Pin.OUT : BudgetViewModel.Pin.NONE;
                vm.pin(getItem().ranked().site().id(), p);
            });
        }

        @Override
        protected void updateItem(BudgetViewModel.Row r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            (r.pin() == BudgetViewModel.Pin.IN ? in : r.pin() == BudgetViewModel.Pin.OUT ? out : auto).setSelected(true);
            in.setId("plan-pin-in-" + r.ranked().site().id());
            out.setId("plan-pin-out-" + r.ranked().site().id());
            auto.setId("plan-pin-none-" + r.ranked().site().id());
            updating = false;
            setGraphic(box);
        }
    }

    private TableView<BudgetViewModel.DistrictChange> districtTable() {
        TableView<BudgetViewModel.DistrictChange> t = new TableView<>(vm.districts());
        t.setId("plan-budget-districts");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        t.setPlaceholder(new Label(m.get("plan.budget.noDistricts")));
        TableColumn<BudgetViewModel.DistrictChange, String> name = new TableColumn<>(m.get("plan.col.district"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().district()));
        name.setMinWidth(100);
        TableColumn<BudgetViewModel.DistrictChange, String> before = new TableColumn<>(m.get("plan.budget.before"));
        before.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(fmt.percent(c.getValue().before())));
        TableColumn<BudgetViewModel.DistrictChange, String> after = new TableColumn<>(m.get("plan.budget.after"));
        after.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(fmt.percent(c.getValue().after())));
        TableColumn<BudgetViewModel.DistrictChange, String> kits = new TableColumn<>(m.get("plan.budget.addedKits"));
        kits.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("+" + fmt.integer(c.getValue().addedKits())));
        before.getStyleClass().add("plan-num");
        after.getStyleClass().add("plan-num");
        before.setMinWidth(64);
        after.setMinWidth(64);
        kits.getStyleClass().add("plan-num");
        t.getColumns().setAll(java.util.List.of(name, before, after, kits));
        return t;
    }

    private <T> TableColumn<T, String> col(String title, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
