package se.markdna.app;

import java.util.List;
import java.util.function.Consumer;
import se.markdna.ui.common.Shell;
import se.markdna.ui.shell.ShellAction;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.overview.OverviewView;
import se.markdna.ui.shell.DemoData;
import se.markdna.ui.shell.NavigationItem;
import se.markdna.ui.welcome.WelcomeAction;

/**
 * The one place where the main window's navigation and the welcome screen's choices are listed.
 * Adding a view is one line in {@link #items}; the first nine get Ctrl+1..9 in this order.
 */
public final class Navigation {

    private Navigation() {
    }

    public static List<NavigationItem> items(UiContext ctx) {
        return List.of(
                new NavigationItem("overview", "ui.nav.overview", "mdal-dashboard", () -> new OverviewView(ctx)),
                new NavigationItem("properties", "props.nav", "mdal-home_work", () -> new se.markdna.ui.properties.PropertiesView(ctx.services(), ctx.messages())),
                new NavigationItem("reference", "props.nav.reference", "mdal-corporate_fare", () -> new se.markdna.ui.properties.ReferenceDataView(ctx.services(), ctx.messages())),
                new NavigationItem("sprayers", "spr.view.title", "mdmz-opacity", () -> new se.markdna.ui.sprayers.SprayersView(ctx.services(), ctx.messages())),
                new NavigationItem("service-due", "due.view.title", "mdal-build", () -> new se.markdna.ui.sprayers.ServiceDueView(ctx.services(), ctx.messages())),
                new NavigationItem("planning", "plan.nav.planning", "mdal-format_list_numbered", () -> new se.markdna.ui.planning.PlanningWorkspace(ctx.services(), ctx.messages())),
                new NavigationItem("settings", "plan.nav.settings", "mdmz-settings", () -> new se.markdna.ui.settings.SettingsView(ctx.services(), ctx.messages()))
        );
    }

    /**
     * Feature entries of the File menu, one group per feature (a separator between groups). Each
     * feature adds its own group line here.
     */
    public static List<List<ShellAction>> fileMenu(UiContext ctx) {
        return List.of(
        );
    }

    /** Checks run once the main window shows its first screen (notices, warnings). One line each. */
    public static List<Consumer<Shell>> afterStart(UiContext ctx) {
        return List.of(
        );
    }

    /** The big buttons on the welcome screen (empty register). "Import from Excel" goes here too. */
    public static List<WelcomeAction> welcomeActions(UiContext ctx) {
        return List.of(
                new WelcomeAction("load-demo", "ui.welcome.demo", "ui.welcome.demo.detail", "mdal-cloud_download",
                        true, shell -> DemoData.load(ctx, shell)),
                new WelcomeAction("start-empty", "ui.welcome.empty", "ui.welcome.empty.detail",
                        "mdal-insert_drive_file", false, shell -> shell.navigate("overview")));
    }
}
