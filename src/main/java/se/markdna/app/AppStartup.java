package se.markdna.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DataFolder;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.service.AppServices;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.ErrorHandler;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.Theme;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.shell.ConnectDialog;
import se.markdna.ui.shell.ConnectDialogModel;
import se.markdna.ui.shell.MainWindow;
import se.markdna.ui.shell.ShellAction;

/**
 * Everything {@link MarkDnaApp#start} does, separate from the Application so that tests can run it
 * on a TestFX stage with their own dialogs and exit: theme, error handling, opening the database
 * off the FX thread (a "please wait" screen meanwhile), then the main window.
 *
 * <p>A shared database whose password is not known yet is first asked for in the connect dialog.
 * Arkiv › Anslut till delad databas and Arkiv › Öppna lokal databasfil open other services and
 * rebuild the main window on them through the same {@link #showMain} path; the old services are
 * closed.
 */
public final class AppStartup {

    private static final Logger LOG = LoggerFactory.getLogger(AppStartup.class);

    private final LaunchOptions options;
    private final IntConsumer exit;
    private Dialogs dialogs;
    private MainWindow mainWindow;
    private AppServices services;
    private ConnectDialogModel.Connector connector;
    /** The last shared database's address in this session (never the password), to pre-fill the dialog. */
    private ConnectDialogModel.Form lastShared;
    private ConnectDialog connectDialog;

    public AppStartup(LaunchOptions options, IntConsumer exit) {
        this.options = Objects.requireNonNull(options);
        this.exit = Objects.requireNonNull(exit);
    }

    /** Replaces the real alerts (tests). */
    public AppStartup withDialogs(Dialogs replacement) {
        this.dialogs = replacement;
        return this;
    }

    /** Replaces the real log-in to a shared database (tests). */
    public AppStartup withConnector(ConnectDialogModel.Connector replacement) {
        this.connector = replacement;
        return this;
    }

    public void start(Stage stage) {
        Messages messages = options.messages();
        Theme.apply();
        if (dialogs == null) {
            dialogs = Dialogs.fx(messages, () -> stage);
        }
        if (connector == null) {
            connector = SharedDatabases.connector(messages);
        }
        ErrorHandler.install(dialogs);
        Thread.currentThread().setUncaughtExceptionHandler(ErrorHandler::uncaught);
        if (options.location() instanceof DatabaseLocation.PostgresServer server) {
            lastShared = SharedDatabases.formOf(server);
        }

        stage.setTitle(messages.get("app.title"));
        stage.setScene(openingScene(messages));
        stage.setOnCloseRequest(e -> exitWith(GuiLauncher.EXIT_OK));
        stage.show();

        if (options.opening() == null) {
            // a shared database without a password yet: ask for it before anything loads
            if (options.smokeTest()) {
                refuse(stage, messages.get("ui.connect.needsPassword", options.location().describe()), messages);
            } else {
                askAtStart(stage, null);
            }
            return;
        }
        BackgroundTask.of(() -> options.opening().get())
                .onSuccess(result -> {
                    if (result.ok()) {
                        showMain(stage, result.services());
                    } else if (options.shared() && !options.smokeTest()) {
                        // PGPASSWORD was wrong, or the server said no: let the user correct it
                        askAtStart(stage, result.message());
                    } else {
                        refuse(stage, result.message(), messages);
                    }
                })
                .onFailure(error -> {
                    LOG.error("Start-up failed", error);
                    refuse(stage, messages.get("db.error.IO", ErrorHandler.shortMessage(error)), messages);
                })
                .start();
    }

    private Scene openingScene(Messages messages) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        String text = options.shared()
                ? messages.get("ui.startup.connecting", options.location().describe())
                : messages.get("ui.startup.opening", options.dbFile().toAbsolutePath());
        Label label = new Label(text);
        label.setWrapText(true);
        VBox box = new VBox(16, spinner, label);
        box.setAlignment(Pos.CENTER);
        box.setId("startup");
        box.setStyle("-fx-padding: 32;");
        return new Scene(box, 1280, 800);
    }

    /** The connect dialog over the start-up screen; cancelling it ends the application (nothing is open). */
    private void askAtStart(Stage stage, String failure) {
        openConnectDialog(stage, lastShared, failure, fresh -> showMain(stage, fresh),
                () -> {
                    System.err.println(options.messages().get("db.error.CONNECTION", options.location().describe()));
                    exitWith(GuiLauncher.EXIT_DATABASE);
                });
    }

    private void openConnectDialog(Stage stage, ConnectDialogModel.Form prefill, String failure,
            Consumer<AppServices> onConnected, Runnable onCancelled) {
        ConnectDialogModel model = new ConnectDialogModel(options.messages(), connector).prefill(prefill);
        model.showMessage(failure);
        connectDialog = new ConnectDialog(model, options.messages(), stage, fresh -> {
            connectDialog = null;
            DatabaseLocation.PostgresServer server = SharedDatabases.serverOf(fresh);
            if (server != null) {
                lastShared = SharedDatabases.formOf(server);
            }
            onConnected.accept(fresh);
        }, () -> {
            connectDialog = null;
            onCancelled.run();
        });
        connectDialog.show();
    }

    private void showMain(Stage stage, AppServices opened) {
        boolean first = mainWindow == null;
        services = opened;
        UiContext ctx = new UiContext(opened, options.messages(), dialogs);
        List<List<ShellAction>> fileMenu = new ArrayList<>();
        fileMenu.add(databaseActions(stage));
        fileMenu.addAll(Navigation.fileMenu(ctx));
        mainWindow = new MainWindow(ctx, Navigation.items(ctx), Navigation.welcomeActions(ctx),
                fileMenu, Navigation.afterStart(ctx), () -> exitWith(GuiLauncher.EXIT_OK));
        if (first && options.smokeTest()) {
            mainWindow.readyProperty().addListener((obs, was, ready) -> {
                if (ready) {
                    System.out.println("ready in " + GuiLauncher.uptimeMillis() + " ms");
                    System.out.flush();
                    exitWith(GuiLauncher.EXIT_OK);
                }
            });
        }
        mainWindow.show(stage);
    }

    /** Arkiv › Anslut till delad databas … and Arkiv › Öppna lokal databasfil …. */
    private List<ShellAction> databaseActions(Stage stage) {
        return List.of(
                new ShellAction("connect-shared", "ui.connect.menu", "mdal-cloud",
                        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        shell -> askFromMenu(stage)),
                new ShellAction("open-local", "ui.local.menu", "mdal-folder_open", null,
                        shell -> openLocalFile(stage, shell)));
    }

    private void askFromMenu(Stage stage) {
        DatabaseLocation.PostgresServer current = services == null ? null : SharedDatabases.serverOf(services);
        ConnectDialogModel.Form prefill = current != null ? SharedDatabases.formOf(current) : lastShared;
        openConnectDialog(stage, prefill, null, fresh -> {
            // short: the status bar beside it shows the whole address
            DatabaseLocation.PostgresServer server = SharedDatabases.serverOf(fresh);
            String notice = server != null ? options.messages().get("ui.connect.done", server.database(), server.host())
                    : options.messages().get("ui.local.done", fresh.databaseDescription());
            switchTo(stage, fresh, notice);
        }, () -> { });
    }

    private void openLocalFile(Stage stage, Shell shell) {
        Messages m = options.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.local.chooser"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("ui.local.filter"), "*.db"),
                new FileChooser.ExtensionFilter(m.get("ui.local.all"), "*"));
        Path suggested = services != null && !services.sharedDatabase() ? services.databaseFile()
                : DataFolder.defaultDatabase();
        Path folder = suggested.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        File chosen = chooser.showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath().toAbsolutePath();
        shell.runWithProgress(m.get("ui.local.progress", file), () -> DatabaseOpener.open(file, m), result -> {
            if (result.ok()) {
                switchTo(stage, result.services(), m.get("ui.local.done", file));
            } else {
                dialogs.error(m.get("ui.local.failed.title"), result.message());
            }
        });
    }

    /**
     * Rebuilds the main window on other services: the windows the old ones had open are closed
     * (they would keep writing to the old database), the old services are closed off the FX thread.
     */
    void switchTo(Stage stage, AppServices fresh, String notice) {
        AppServices old = services;
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
        showMain(stage, fresh);
        mainWindow.notify(notice);
        if (old != null && old != fresh) {
            BackgroundTask.ofRunnable(old::close)
                    .onFailure(e -> LOG.warn("Closing the previous database failed", e))
                    .start();
        }
    }

    private void refuse(Stage stage, String message, Messages messages) {
        System.err.println(message);
        if (!options.smokeTest()) {
            dialogs.error(messages.get("ui.startup.failed", messages.get("app.name")), message);
        }
        exitWith(GuiLauncher.EXIT_DATABASE);
    }

    private void exitWith(int code) {
        AppServices open = services;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing the database at exit failed", e);
            }
        }
        exit.accept(code);
    }

    /** The main window once the database is open (null before). */
    public MainWindow mainWindow() {
        return mainWindow;
    }

    /** The services the main window works on now (null before the database is open). */
    public AppServices services() {
        return services;
    }

    /** The connect dialog while it is showing (null otherwise). */
    public ConnectDialog connectDialog() {
        return connectDialog;
    }
}
