package se.markdna.ui.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.markdna.i18n.Messages;
import se.markdna.service.BackupService;
import se.markdna.ui.common.BackgroundTask;

/**
 * What the restore dialog shows and what the user has chosen: the backups in the backups folder,
 * newest first, or another file picked with "Välj fil …". No nodes, so it tests without a toolkit.
 */
public final class RestoreDialogModel {

    private final BackupService backups;
    private final Messages messages;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);

    public RestoreDialogModel(BackupService backups, Messages messages) {
        this.backups = Objects.requireNonNull(backups);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Lists the backups folder off the FX thread (it may be large, or on a slow disk). */
    public void load() {
        BackgroundTask.of(() -> backups.backups().stream().map(f -> BackupRow.of(f, messages)).toList())
                .busy(loading)
                .onSuccess(list -> {
                    rows.setAll(list);
                    loaded.set(true);
                })
                .start();
    }

    /** A file from outside the list ("Välj fil …"); its time is the file's own. */
    public void chooseFile(Path file) {
        try {
            chosen.set(BackupRow.of(BackupService.describe(file), messages));
        } catch (IOException e) {
            // unreadable: still chosen, so that the restore says why it cannot use it
            chosen.set(new BackupRow(file, null, "", "", BackupRow.kind("", messages)));
        }
    }

    public Path folder() {
        return backups.folder();
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> chosenProperty() {
        return chosen;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
