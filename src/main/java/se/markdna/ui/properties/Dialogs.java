package se.markdna.ui.properties;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.markdna.i18n.Messages;

/**
 * The questions the property register asks. Non-blocking (show, then a callback), and replaceable
 * so that headless tests answer them without a modal loop.
 */
public interface Dialogs {

    /** Asks a yes/no question; {@code onYes} runs only when the user agrees. */
    void confirm(String title, String message, String yesText, Runnable onYes);

    /** Shows both versions of a record in conflict; the user chooses to reload or overwrite. */
    void conflict(PropertyFormModel.Conflict conflict, Runnable reload, Runnable overwrite);

    /** Answers every question with yes / the given choice: for tests. */
    static Dialogs answering(boolean yes, boolean overwriteOnConflict, Consumer<String> questions) {
        return new Dialogs() {
            @Override
            public void confirm(String title, String message, String yesText, Runnable onYes) {
                questions.accept(message);
                if (yes) {
                    onYes.run();
                }
            }

            @Override
            public void conflict(PropertyFormModel.Conflict c, Runnable reload, Runnable overwrite) {
                questions.accept(c.toString());
                (overwriteOnConflict ? overwrite : reload).run();
            }
        };
    }

    /** Real dialogs owned by the view's window. */
    static Dialogs fx(Node owner, Messages m) {
        return new Dialogs() {
            private Window window() {
                return owner.getScene() == null ? null : owner.getScene().getWindow();
            }

            @Override
            public void confirm(String title, String message, String yesText, Runnable onYes) {
                ButtonType yesButton = new ButtonType(yesText, ButtonBar.ButtonData.OK_DONE);
                ButtonType no = new ButtonType(m.get("props.delete.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, no);
                a.setTitle(title);
                a.setHeaderText(title);
                a.initOwner(window());
                a.getDialogPane().setPrefWidth(520);
                a.getDialogPane().getStylesheets().add(PropertiesView.stylesheet());
                a.getDialogPane().lookupButton(yesButton).getStyleClass().add("danger");
                a.resultProperty().addListener((o, was, result) -> {
                    if (result == yesButton) {
                        onYes.run();
                    }
                });
                a.show();
            }

            @Override
            public void conflict(PropertyFormModel.Conflict c, Runnable reload, Runnable overwrite) {
                Dialog<ButtonType> d = new Dialog<>();
                d.initOwner(window());
                d.setTitle(m.get("props.conflict.title"));
                d.setHeaderText(m.get("props.conflict.title"));
                ButtonType reloadButton = new ButtonType(m.get("props.conflict.reload"),
                        ButtonBar.ButtonData.CANCEL_CLOSE);
                ButtonType overwriteButton = new ButtonType(m.get("props.conflict.overwrite"),
                        ButtonBar.ButtonData.OK_DONE);
                d.getDialogPane().getButtonTypes().setAll(reloadButton, overwriteButton);
                TableView<PropertyFormModel.FieldDiff> table = new TableView<>();
                table.setId("conflict-table");
                table.getColumns().add(col(m.get("props.conflict.field"), "field", 150));
                table.getColumns().add(col(m.get("props.conflict.mine"), "mine", 200));
                table.getColumns().add(col(m.get("props.conflict.theirs"), "theirs", 200));
                table.getItems().setAll(c.differences());
                table.setPlaceholder(new Label(m.get("props.conflict.none")));
                table.setPrefHeight(220);
                table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
                Label intro = new Label(m.get("props.conflict.header", c.mine().designation()));
                intro.setWrapText(true);
                VBox box = new VBox(10, intro, table);
                box.setPrefWidth(600);
                d.getDialogPane().setContent(box);
                d.getDialogPane().getStylesheets().add(PropertiesView.stylesheet());
                d.resultProperty().addListener((o, was, result) -> {
                    if (result == overwriteButton) {
                        overwrite.run();
                    } else if (result != null) {
                        reload.run();
                    }
                });
                d.show();
            }

            private TableColumn<PropertyFormModel.FieldDiff, String> col(String title, String prop, double w) {
                TableColumn<PropertyFormModel.FieldDiff, String> col = new TableColumn<>(title);
                col.setPrefWidth(w);
                col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(switch (prop) {
                    case "field" -> cd.getValue().field();
                    case "mine" -> cd.getValue().mine();
                    default -> cd.getValue().theirs();
                }));
                return col;
            }
        };
    }
}
