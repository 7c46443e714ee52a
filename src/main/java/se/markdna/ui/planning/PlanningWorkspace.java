package se.markdna.ui.planning;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.i18n.Messages;
import se.markdna.ui.common.ExportableView;
import se.markdna.ui.common.OpensRecord;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.ShownRows;
import se.markdna.ui.common.UiContext;

/**
 * "Planering": the candidate sites (ranking, editor, workflow), the budget plan, coverage per
 * district and the map, as tabs over one shared {@link PlanningContext}. A site clicked on the map
 * opens in the Platser tab; {@code Shell.open(Places.PLANNING, siteId)} does the same.
 */
public final class PlanningWorkspace extends BorderPane implements Refreshable, ExportableView, OpensRecord {

    /** The tabs, in order. */
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
    private boolean loaded;

    public PlanningWorkspace(UiContext ui) {
        this.ctx = PlanningContext.shared(ui);
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
        ctx.setSiteOpener(this::openRecord);
        // loads when first shown, not when built: the shell builds views lazily but tests build them up front
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

    private static Tab tab(String title, Node content, FontIcon icon) {
        Tab t = new Tab(title, content);
        t.setGraphic(icon);
        return t;
    }

    /** Loads the settings, then every page's data. */
    public void load() {
        var weightsBefore = ctx.weightsProperty().get();
        ctx.loadSettings(() -> {
            // new weights re-rank and reload the map by themselves
            if (weightsBefore.equals(ctx.weightsProperty().get())) {
                ranking.load();
                mapVm.load();
            }
            coverageVm.load();
            form.loadChoices();
        });
    }

    public void show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
    }

    public Page shownPage() {
        return Page.values()[tabs.getSelectionModel().getSelectedIndex()];
    }

    /** Opens a candidate site in the Platser tab (selected in the ranking, its form open). */
    @Override
    public void openRecord(long siteId) {
        show(Page.SITES);
        sites.open(siteId);
    }

    /** The ranking's rows as shown (File › Export › rows shown), whichever tab is open. */
    @Override
    public Optional<ShownRows> shownRows() {
        return sites.shownRows();
    }

    @Override
    public void refresh() {
        load();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ranking.loadedProperty();
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
}
