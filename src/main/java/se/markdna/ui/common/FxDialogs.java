package se.markdna.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
    public String askText(String title, String header, String fieldLabel) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            dialog.initOwner(w);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(fieldLabel);
        dialog.getDialogPane().setMinWidth(460);
        dialog.getDialogPane().getStyleClass().add("markdna-dialog");
        // an empty answer cannot be confirmed: the caller needs a text
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
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

    @Override
    public VersionChoice chooseVersion(String title, String header, List<String> columnTitles,
            List<List<String>> rows, String reloadLabel, String overwriteLabel) {
        Alert alert = alert(Alert.AlertType.WARNING, title, header, null);
        TableView<List<String>> table = new TableView<>();
        table.setId("version-table");
        for (int i = 0; i < columnTitles.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(columnTitles.get(i));
            c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(
                    column < cd.getValue().size() ? cd.getValue().get(column) : ""));
            c.setPrefWidth(i == 0 ? 160 : 220);
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(Math.min(360, 60 + 34.0 * rows.size()));
        table.setPrefWidth(640);
        alert.getDialogPane().setContent(table);
        ButtonType reload = new ButtonType(reloadLabel, ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType(overwriteLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(reload, overwrite, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == overwrite) {
            return VersionChoice.OVERWRITE;
        }
        if (answer.isPresent() && answer.get() == reload) {
            return VersionChoice.RELOAD;
        }
        return VersionChoice.KEEP_EDITING;
    }
}
