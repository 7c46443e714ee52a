package se.markdna.ui.welcome;

import se.markdna.ui.common.Theme;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.ui.common.UiContext;

/** The first screen on an empty register: what the application is, and how to begin. */
public final class WelcomeView extends StackPane {

    public WelcomeView(UiContext ctx, List<WelcomeAction> actions) {
        setId("welcome");
        getStyleClass().add("welcome");

        FontIcon logo = new FontIcon("mdal-fingerprint");
        logo.getStyleClass().add("welcome-logo");

        Label title = new Label(ctx.text("ui.welcome.title", ctx.text("app.name")));
        title.getStyleClass().addAll(Theme.TITLE_1, "welcome-title");

        Label lead = new Label(ctx.text("ui.welcome.lead"));
        lead.getStyleClass().add("welcome-lead");
        lead.setWrapText(true);

        Label question = new Label(ctx.text("ui.welcome.question"));
        question.getStyleClass().add(Theme.TITLE_4);

        HBox buttons = new HBox(16);
        buttons.setAlignment(Pos.CENTER);
        for (WelcomeAction action : actions) {
            buttons.getChildren().add(button(ctx, action));
        }

        Label dbLabel = new Label(ctx.text(ctx.services().sharedDatabase() ? "ui.welcome.database.shared"
                : "ui.welcome.database", ctx.services().databaseDescription()));
        dbLabel.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        dbLabel.setId("welcome-database");
        dbLabel.setWrapText(true);

        VBox box = new VBox(14, logo, title, lead, question, buttons, dbLabel);
        VBox.setMargin(question, new javafx.geometry.Insets(18, 0, 0, 0));
        VBox.setMargin(dbLabel, new javafx.geometry.Insets(22, 0, 0, 0));
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(760);
        box.getStyleClass().add("welcome-box");
        getChildren().add(box);
    }

    private static Button button(UiContext ctx, WelcomeAction action) {
        Label label = new Label(ctx.text(action.labelKey()));
        label.getStyleClass().add("welcome-action-label");
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label detail = new Label(ctx.text(action.detailKey()));
        detail.getStyleClass().add("welcome-action-detail");
        detail.setWrapText(true);
        FontIcon icon = new FontIcon(action.iconLiteral());
        icon.getStyleClass().add("welcome-action-icon");
        VBox content = new VBox(8, icon, label, detail);
        content.setAlignment(Pos.TOP_CENTER);
        content.setMaxWidth(250);
        content.setPrefWidth(250);

        Button b = new Button();
        b.setId("welcome-" + action.id());
        b.setGraphic(content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(label.getText());
        b.getStyleClass().add("welcome-action");
        if (action.primary()) {
            b.getStyleClass().add("primary");
            b.setDefaultButton(true);
        }
        b.setPrefSize(290, 170);
        b.setMinSize(260, 170);
        b.setOnAction(e -> action.handler().accept(ctx.shell()));
        return b;
    }
}
