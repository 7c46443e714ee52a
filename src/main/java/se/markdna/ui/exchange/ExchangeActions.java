package se.markdna.ui.exchange;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.shell.ShellAction;
import se.markdna.ui.welcome.WelcomeAction;

/** The Excel/CSV entries of the File menu and the welcome screen, for {@code app.Navigation}. */
public final class ExchangeActions {

    private ExchangeActions() {
    }

    /** Exportera till Excel… (Ctrl+E), Importera från Excel/CSV… (Ctrl+I), Exportera tom mall…. */
    public static List<ShellAction> fileMenu(UiContext ctx) {
        return List.of(
                new ShellAction("export", "exchange.menu.export", "mdmz-save_alt",
                        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        shell -> ExportDialog.open(ctx, shell)),
                new ShellAction("import", "exchange.menu.import", "mdal-file_upload",
                        new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        shell -> ImportWizard.open(ctx, shell)),
                new ShellAction("template", "exchange.menu.template", "mdal-grid_on", null,
                        shell -> TemplateExport.start(ctx, shell)));
    }

    /** "Importera från Excel" on the welcome screen: a register can start from a filled template. */
    public static WelcomeAction welcomeImport(UiContext ctx) {
        return new WelcomeAction("import", "exchange.welcome.import", "exchange.welcome.import.detail",
                "mdal-file_upload", false, shell -> ImportWizard.open(ctx, shell));
    }
}
