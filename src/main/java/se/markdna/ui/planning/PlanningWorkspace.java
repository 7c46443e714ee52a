package se.markdna.ui.planning;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.register.Property;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;

/**
 * "Planering": the candidate sites (ranking, editor, workflow), the budget plan, coverage per
 * district and the map, as tabs over one shared {@link PlanningContext}. A site clicked on the map
 * opens in the Platser tab.
 */
public final class PlanningWorkspace extends BorderPane implements se.markdna.ui.common.Refreshable {

    /** The tabs, so that the shell can open the workspace at one of them. */
    public enum Page { SITES, BUDGET, COVERAGE, MAP }

    static final String STYLESHEET = "/se/markdna/ui/planning.css";

    private final PlanningContext ctx;
    private final TabPane tabs = new TabPane();
    private final SitesView sites;
    private final BudgetView budget;
    private final CoverageView coverage;
    private final MapView map;
    private final RankingViewModel ranking;
    private final SiteFormModel form;
    private final MapViewModel mapVm;
    private final CoverageViewModel coverageVm;
    private final BudgetViewModel budgetVm;
    private java.util.function.Consumer<Property> createdNotice;
    private boolean loaded;

    public PlanningWorkspace(AppServices services, Messages messages) {
        this(PlanningContext.shared(services, messages));
    }

    public PlanningWorkspace(PlanningContext ctx) {
        this.ctx = ctx;
        Messages m = ctx.messages();
        setId("planning-workspace");
        getStylesheets().add(stylesheet());
        ranking = new RankingViewModel(ctx);
        form = new SiteFormModel(ctx);
        budgetVm = new BudgetViewModel(ctx);
        coverageVm = new CoverageViewModel(ctx);
        mapVm = new MapViewModel(ctx);
        sites = new SitesView(ctx, ranking, form);
        budget = new BudgetView(ctx, budgetVm);
        coverage = new CoverageView(ctx, coverageVm);
        map = new MapView(mapVm);
        tabs.getTabs().setAll(tab(m.get("plan.tab.sites"), sites, new FontIcon(Material2AL.FORMAT_LIST_NUMBERED)),
                tab(m.get("plan.tab.budget"), budget, new FontIcon(Material2AL.ACCOUNT_BALANCE_WALLET)),
                tab(m.get("plan.tab.coverage"), coverage, new FontIcon(Material2AL.BAR_CHART)),
                tab(m.get("plan.tab.map"), map, new FontIcon(Material2MZ.MAP)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("plan-tabs");
        setCenter(tabs);
        ctx.setSiteOpener(id -> {
            show(Page.SITES);
            sites.open(id);
        });
        createdNotice = this::confirmCreated;
        ctx.setOnPropertyCreated(p -> createdNotice.accept(p));
        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !loaded) {
                loaded = true;
                load();
            }
        });
    }

    public static String stylesheet() {
        return PlanningWorkspace.class.getResource(STYLESHEET).toExternalForm();
    }

    private static Tab tab(String title, javafx.scene.Node content, FontIcon icon) {
        Tab t = new Tab(title, content);
        t.setGraphic(icon);
        return t;
    }

    /** Loads settings, then every page's data. */
    public void load() {
        ctx.background().run(() -> ctx.services().settings().current(), s -> {
            ctx.settingsProperty().set(s);
            if (ctx.weightsProperty().get().equals(s.weights())) {
                ranking.load();
                mapVm.load();
            } else {
                ctx.weightsProperty().set(s.weights()); // re-ranks and reloads the map
            }
            coverageVm.load();
            form.loadChoices();
        }, e -> { });
    }

    public void show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
    }

    /**
     * What happens after "done" created a property. By default a confirmation naming the property;
     * when the property register offers an entry point, the shell sets
     * {@link PlanningContext#setPropertyOpener} and the property opens there instead.
     */
    private void confirmCreated(Property p) {
        var opener = ctx.propertyOpener();
        if (opener != null) {
            opener.accept(p.id());
            return;
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, ctx.messages().get("plan.done.created.body",
                p.designation()), ButtonType.OK);
        a.initOwner(getScene() == null ? null : getScene().getWindow());
        a.setHeaderText(ctx.messages().get("plan.done.created.header", p.designation()));
        a.show();
    }

    /** Replaces the notice shown when "done" created a property (tests: no modal dialogs). */
    public void setCreatedNotice(java.util.function.Consumer<Property> notice) {
        this.createdNotice = notice;
    }

    public PlanningContext context() {
        return ctx;
    }

    public SitesView sites() {
        return sites;
    }

    public BudgetView budget() {
        return budget;
    }

    public CoverageView coverage() {
        return coverage;
    }

    public MapView map() {
        return map;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    public SiteFormModel form() {
        return form;
    }

    public BudgetViewModel budgetModel() {
        return budgetVm;
    }

    public MapViewModel mapModel() {
        return mapVm;
    }

    public CoverageViewModel coverageModel() {
        return coverageVm;
    }

    @Override
    public void refresh() {
        load();
    }
}
