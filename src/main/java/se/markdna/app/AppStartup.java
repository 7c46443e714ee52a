package se.markdna.app;

import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.i18n.Messages;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.ErrorHandler;
import se.markdna.ui.common.Theme;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.shell.MainWindow;

/**
 * Everything {@link MarkDnaApp#start} does, separate from the Application so that tests can run it
 * on a TestFX stage with their own dialogs and exit: theme, error handling, opening the database
 * off the FX thread (a "please wait" screen meanwhile), then the main window.
 */
public final class AppStartup {

    private static final Logger LOG = LoggerFactory.getLogger(AppStartup.class);

    private final LaunchOptions options;
    private final IntConsumer exit;
    private Dialogs dialogs;
    private MainWindow mainWindow;

    public AppStartup(LaunchOptions options, IntConsumer exit) {
        this.options = Objects.requireNonNull(options);
        this.exit = Objects.requireNonNull(exit);
    }

    /** Replaces the real alerts (tests). */
    public AppStartup withDialogs(Dialogs replacement) {
        this.dialogs = replacement;
        return this;
    }

    public void start(Stage stage) {
        Messages messages = options.messages();
        Theme.apply();
        if (dialogs == null) {
            dialogs = Dialogs.fx(messages, () -> stage);
        }
        ErrorHandler.install(dialogs);
        Thread.currentThread().setUncaughtExceptionHandler(ErrorHandler::uncaught);

        stage.setTitle(messages.get("app.title"));
        stage.setScene(openingScene(messages));
        stage.setOnCloseRequest(e -> exit.accept(GuiLauncher.EXIT_OK));
        stage.show();

        BackgroundTask.of(() -> options.opening().get())
                .onSuccess(result -> {
                    if (result.ok()) {
                        showMain(stage, result);
                    } else {
                        refuse(stage, result, messages);
                    }
                })
                .onFailure(error -> {
                    LOG.error("Start-up failed", error);
                    refuse(stage, new DatabaseOpener.Result(null, "IO",
                            messages.get("db.error.IO", ErrorHandler.shortMessage(error))), messages);
                })
                .start();
    }

    private Scene openingScene(Messages messages) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        Label text = new Label(messages.get("ui.startup.opening", options.dbFile().toAbsolutePath()));
        text.setWrapText(true);
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setId("startup");
        box.setStyle("-fx-padding: 32;");
        return new Scene(box, 1280, 800);
    }

    private void showMain(Stage stage, DatabaseOpener.Result result) {
        UiContext ctx = new UiContext(result.services(), options.messages(), dialogs);
        mainWindow = new MainWindow(ctx, Navigation.items(ctx), Navigation.welcomeActions(ctx),
                Navigation.fileMenu(ctx), Navigation.afterStart(ctx), () -> exit.accept(GuiLauncher.EXIT_OK));
        if (options.smokeTest()) {
            mainWindow.readyProperty().addListener((obs, was, ready) -> {
                if (ready) {
                    System.out.println("ready in " + GuiLauncher.uptimeMillis() + " ms");
                    System.out.flush();
                    exit.accept(GuiLauncher.EXIT_OK);
                }
            });
        }
        mainWindow.show(stage);
    }

    private void refuse(Stage stage, DatabaseOpener.Result result, Messages messages) {
        System.err.println(result.message());
        if (!options.smokeTest()) {
            dialogs.error(messages.get("ui.startup.failed", messages.get("app.name")), result.message());
        }
        exit.accept(GuiLauncher.EXIT_DATABASE);
    }

    /** The main window once the database is open (null before). */
    public MainWindow mainWindow() {
        return mainWindow;
    }
}
