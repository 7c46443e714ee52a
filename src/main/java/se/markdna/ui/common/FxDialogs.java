package se.markdna.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.markdna.i18n.Messages;

/** {@link Dialogs} as JavaFX alerts. */
final class FxDialogs implements Dialogs {

    private final Messages messages;
    private final Supplier<Window> owner;

    FxDialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().getStyleClass().add("markdna-dialog");
        return alert;
    }

    @Override
    public void info(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, null, text).showAndWait();
    }

    @Override
    public void error(String title, String text) {
        alert(Alert.AlertType.ERROR, title, null, text).showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String text, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, text);
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    @Override
    public void unexpectedError(Throwable error) {
        String details = ErrorHandler.details(error);
        Alert alert = alert(Alert.AlertType.ERROR, messages.get("ui.error.title"),
                messages.get("ui.error.header"), null);
        Label message = new Label(ErrorHandler.shortMessage(error));
        message.setWrapText(true);
        Label hint = new Label(messages.get("ui.error.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        alert.getDialogPane().setContent(new VBox(10, message, hint));
        alert.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType(messages.get("ui.error.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        // copying must not close the dialog
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(messages.get("ui.error.copied"));
            e.consume();
        });
        alert.showAndWait();
    }
}
