package se.markdna.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.markdna.ui.common.Theme;

/** What the export dialog and the import wizard share: their window, and small labelled texts. */
final class ExchangeWindows {

    private ExchangeWindows() {
    }

    /** A window modal to the main window, styled like it; a height of -1 fits the content. */
    static Stage modal(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        return stage;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Theme.TITLE_4);
        return l;
    }

    /** The user's documents folder where there is one, else the home folder. */
    static Path documents() {
        Path home = Path.of(System.getProperty("user.home", "."));
        for (String name : new String[] {"Documents", "Dokument"}) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }

    /** The application version from the jar's manifest ("dev" when run from the build). */
    static String appVersion() {
        String v = ExchangeWindows.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
