package se.markdna.ui.backup;

import java.io.File;
import java.nio.file.Files;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.i18n.Messages;
import se.markdna.ui.common.Theme;

/**
 * "Återställ …": the backups in the backups folder (newest first, with time, size and kind) and
 * "Välj fil …" for any other file. The result is the chosen backup; the question of what happens
 * next is asked by {@link RestoreFlow}.
 */
public final class RestoreDialog extends Dialog<BackupRow> {

    private final RestoreDialogModel model;
    private final Messages m;
    private final TableView<BackupRow> table = new TableView<>();
    private final ButtonType restore;

    public RestoreDialog(RestoreDialogModel model, Messages messages, Window owner) {
        this.model = Objects.requireNonNull(model);
        this.m = Objects.requireNonNull(messages);
        if (owner != null && owner.isShowing()) {
            initOwner(owner);
        }
        setTitle(m.get("bak.restore.title"));
        setHeaderText(m.get("bak.restore.header"));
        setGraphic(new FontIcon("mdmz-settings_backup_restore"));
        setResizable(true);
        getDialogPane().getStyleClass().add("markdna-dialog");
        getDialogPane().setId("restore-dialog");
        getDialogPane().setPrefWidth(820);
        getDialogPane().setMinWidth(820);

        restore = new ButtonType(m.get("bak.restore.next"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(restore, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(restore);
        ok.setId("restore-next");
        ok.disableProperty().bind(model.chosenProperty().isNull());

        getDialogPane().setContent(content());
        setResultConverter(button -> button == restore ? model.chosenProperty().get() : null);
        model.load();
    }

    private VBox content() {
        Label folder = new Label(m.get("bak.restore.folder", model.folder()));
        folder.getStyleClass().add(Theme.TEXT_MUTED);
        folder.setWrapText(true);

        table.setId("restore-table");
        table.setItems(model.rows());
        table.getColumns().add(column("bak.restore.col.taken", BackupRow::takenText, 180));
        table.getColumns().add(column("bak.restore.col.size", BackupRow::sizeText, 100));
        table.getColumns().add(column("bak.restore.col.kind", BackupRow::kindText, 140));
        table.getColumns().add(column("bak.restore.col.file", BackupRow::fileName, 340));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(m.get("bak.restore.empty"));
        table.setPlaceholder(empty);
        table.setPrefSize(760, 300);
        // choosing a row chooses that backup; a file chosen outside the list clears the selection
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (row != null) {
                model.chosenProperty().set(row);
            }
        });
        model.chosenProperty().addListener((obs, was, row) -> {
            if (row != null && !table.getItems().contains(row)) {
                table.getSelectionModel().clearSelection();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                ((Button) getDialogPane().lookupButton(restore)).fire();
            }
        });

        Button choose = new Button(m.get("bak.restore.choose"), new FontIcon("mdal-folder_open"));
        choose.setId("restore-choose");
        choose.setOnAction(e -> chooseFile());
        Label chosen = new Label();
        chosen.setId("restore-chosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            BackupRow row = model.chosenProperty().get();
            return row == null ? "" : m.get("bak.restore.chosen", row.file());
        }, model.chosenProperty()));
        HBox.setHgrow(chosen, Priority.ALWAYS);
        chosen.setMaxWidth(Region.USE_COMPUTED_SIZE);
        HBox bottom = new HBox(12, choose, chosen);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, folder, table, bottom);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<BackupRow, String> column(String key, Function<BackupRow, String> text, double width) {
        TableColumn<BackupRow, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.75); // dates and sizes must stay readable; the file name may be cut
        c.setSortable(false); // newest first is the order that matters
        return c;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("bak.restore.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("bak.restore.chooser.filter"), "*.db"),
                new FileChooser.ExtensionFilter(m.get("bak.restore.chooser.all"), "*"));
        if (Files.isDirectory(model.folder())) {
            chooser.setInitialDirectory(model.folder().toFile());
        }
        File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            model.chooseFile(file.toPath());
        }
    }

    public RestoreDialogModel model() {
        return model;
    }

    TableView<BackupRow> table() {
        return table;
    }
}
