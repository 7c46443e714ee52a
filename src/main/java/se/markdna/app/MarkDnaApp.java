package se.markdna.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application; started by {@link GuiLauncher}, which passes the options. */
public final class MarkDnaApp extends Application {

    @Override
    public void start(Stage stage) {
        LaunchOptions options = GuiLauncher.options();
        AppStartup startup = new AppStartup(options, code -> {
            GuiLauncher.setExitCode(code);
            Platform.exit();
        });
        startup.start(stage);
    }
}
