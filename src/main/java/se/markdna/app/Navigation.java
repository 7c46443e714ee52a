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
                new NavigationItem("properties", "props.nav", "mdal-home_work", () -> new se.markdna.ui.properties.PropertiesView(ctx)),
                new NavigationItem("reference", "props.nav.reference", "mdal-corporate_fare", () -> new se.markdna.ui.properties.ReferenceDataView(ctx)),
                new NavigationItem("sprayers", "spr.view.title", "mdmz-opacity", () -> new se.markdna.ui.sprayers.SprayersView(ctx)),
                new NavigationItem("service-due", "due.view.title", "mdal-build", () -> new se.markdna.ui.sprayers.ServiceDueView(ctx)),
                new NavigationItem("planning", "plan.nav.planning", "mdal-format_list_numbered", () -> new se.markdna.ui.planning.PlanningWorkspace(ctx)),
                new NavigationItem("settings", "plan.nav.settings", "mdmz-settings", () -> new se.markdna.ui.settings.SettingsView(ctx))
        );
    }

    /**
     * Feature entries of the File menu, one group per feature (a separator between groups). Each
     * feature adds its own group line here.
     */
    public static List<List<ShellAction>> fileMenu(UiContext ctx) {
        return List.of(
                se.markdna.ui.exchange.ExchangeActions.fileMenu(ctx),
                se.markdna.ui.backup.BackupMenu.actions(ctx)
        );
    }

    /** Checks run once the main window shows its first screen (notices, warnings). One line each. */
    public static List<Consumer<Shell>> afterStart(UiContext ctx) {
        return List.of(
                shell -> se.markdna.ui.sprayers.SprayerAttention.checkOnStart(ctx, shell),
                se.markdna.ui.backup.NetworkShareWarning.atStart(ctx),
                se.markdna.ui.backup.StartupBackupNotice.atStart(ctx)
        );
    }

    /** The big buttons on the welcome screen (empty register). "Import from Excel" goes here too. */
    public static List<WelcomeAction> welcomeActions(UiContext ctx) {
        return List.of(
                new WelcomeAction("load-demo", "ui.welcome.demo", "ui.welcome.demo.detail", "mdal-cloud_download",
                        true, shell -> DemoData.load(ctx, shell)),
                se.markdna.ui.exchange.ExchangeActions.welcomeImport(ctx),
                new WelcomeAction("start-empty", "ui.welcome.empty", "ui.welcome.empty.detail",
                        "mdal-insert_drive_file", false, shell -> shell.navigate("overview")));
    }
}
