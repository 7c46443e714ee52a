package se.markdna.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.ui.common.Theme;

/**
 * Arkiv › Anslut till delad databas …: server, port, database, login, password, TLS mode and an
 * optional CA certificate. "Anslut" checks the fields (messages under each), then connects off the
 * FX thread with a spinner while every button and field is disabled; a refusal is shown in the
 * dialog, which stays open to be corrected. The password field is emptied at every attempt.
 *
 * <p>Shown with {@link #show()} (not {@code showAndWait}): the result goes to {@code onConnected}
 * or {@code onCancelled}.
 */
public final class ConnectDialog extends Dialog<AppServices> {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ConnectDialogModel model;
    private final Messages m;
    private final PasswordField password = new PasswordField();
    private final ButtonType connectType;
    private AppServices connected;

    public ConnectDialog(ConnectDialogModel model, Messages messages, Window owner,
            Consumer<AppServices> onConnected, Runnable onCancelled) {
        this.model = Objects.requireNonNull(model);
        this.m = Objects.requireNonNull(messages);
        Objects.requireNonNull(onConnected);
        Objects.requireNonNull(onCancelled);
        if (owner != null && owner.isShowing()) {
            initOwner(owner);
        }
        setTitle(m.get("ui.connect.title"));
        setHeaderText(m.get("ui.connect.header"));
        setGraphic(new FontIcon("mdal-cloud"));
        setResizable(true);
        getDialogPane().getStyleClass().add("markdna-dialog");
        getDialogPane().setId("connect-dialog");
        getDialogPane().setPrefWidth(720);
        getDialogPane().setMinWidth(720);

        connectType = new ButtonType(m.get("ui.connect.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(connectType, ButtonType.CANCEL);
        Button connect = (Button) getDialogPane().lookupButton(connectType);
        connect.setId("connect-ok");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.busyProperty());
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("connect-cancel");
        cancel.disableProperty().bind(model.busyProperty());
        // "Anslut" connects in the background and keeps the dialog open until it has succeeded
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            attempt();
        });

        getDialogPane().setContent(content());
        setResultConverter(button -> button == connectType ? connected : null);
        // neither Esc nor the window's close button may leave an attempt running behind a closed dialog
        setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                e.consume();
            }
        });
        setOnHidden(e -> {
            password.clear();
            if (connected != null) {
                onConnected.accept(connected);
            } else {
                onCancelled.run();
            }
        });
        setOnShown(e -> Platform.runLater(this::focusFirstEmpty));
        // messages under the fields and the spinner add lines: the window grows with them
        model.problems().addListener((MapChangeListener<String, String>) c -> fitLater());
        model.messageProperty().addListener((obs, was, is) -> fitLater());
        model.busyProperty().addListener((obs, was, is) -> fitLater());
    }

    private VBox content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);

        TextField host = text("connect-host", model.host.get());
        host.textProperty().bindBidirectional(model.host);
        host.setPromptText(m.get("ui.connect.host.prompt"));
        TextField port = text("connect-port", model.port.get());
        port.textProperty().bindBidirectional(model.port);
        port.setPrefColumnCount(6);
        port.setMaxWidth(110);
        TextField database = text("connect-database", model.database.get());
        database.textProperty().bindBidirectional(model.database);
        TextField user = text("connect-user", model.user.get());
        user.textProperty().bindBidirectional(model.user);
        password.setId("connect-password");
        password.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> mode = new ComboBox<>();
        mode.setId("connect-sslmode");
        mode.getItems().setAll(ConnectDialogModel.SSL_MODES);
        mode.valueProperty().bindBidirectional(model.sslMode);
        mode.setCellFactory(list -> new ModeCell());
        mode.setButtonCell(new ModeCell());
        mode.setMaxWidth(Double.MAX_VALUE);

        TextField ca = text("connect-cafile", model.caFile.get());
        ca.textProperty().bindBidirectional(model.caFile);
        ca.setPromptText(m.get("ui.connect.cafile.prompt"));
        Button chooseCa = new Button(m.get("ui.connect.cafile.choose"), new FontIcon("mdal-folder_open"));
        chooseCa.setId("connect-cafile-choose");
        chooseCa.setOnAction(e -> chooseCaFile());
        chooseCa.setMinWidth(Control.USE_PREF_SIZE);
        HBox caRow = new HBox(8, ca, chooseCa);
        HBox.setHgrow(ca, Priority.ALWAYS);
        caRow.setAlignment(Pos.CENTER_LEFT);

        int row = 0;
        row = field(grid, row, "host", m.get("ui.connect.host"), host, host);
        row = field(grid, row, "port", m.get("ui.connect.port"), port, port);
        row = field(grid, row, "database", m.get("ui.connect.database"), database, database);
        row = field(grid, row, "user", m.get("ui.connect.user"), user, user);
        row = field(grid, row, "password", m.get("ui.connect.password"), password, password);
        Label privacy = new Label(m.get("ui.connect.passwordNotStored"));
        privacy.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        privacy.setWrapText(true);
        grid.add(privacy, 1, row++);
        GridPane.setMargin(privacy, new Insets(0, 0, 6, 0));
        row = field(grid, row, "sslmode", m.get("ui.connect.sslmode"), mode, mode);
        row = field(grid, row, "caFile", m.get("ui.connect.cafile"), caRow, ca);

        Label caHint = new Label(m.get("ui.connect.cafile.hint"));
        caHint.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        caHint.setWrapText(true);
        grid.add(caHint, 1, row);

        Label failure = new Label();
        failure.setId("connect-message");
        failure.getStyleClass().add(Theme.DANGER);
        failure.setWrapText(true);
        failure.setMinHeight(Region.USE_PREF_SIZE);
        failure.textProperty().bind(model.messageProperty());
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        failure.visibleProperty().bind(failure.managedProperty());
        failure.setGraphic(new FontIcon("mdal-error_outline"));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.setMaxSize(20, 20);
        Label working = new Label(m.get("ui.connect.progress"), spinner);
        working.setId("connect-progress");
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());

        grid.disableProperty().bind(model.busyProperty());

        VBox box = new VBox(12, grid, failure, working);
        box.setPadding(new Insets(12, 18, 4, 18));
        return box;
    }

    private void fitLater() {
        Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null
                    && isShowing()) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private static TextField text(String id, String value) {
        TextField t = new TextField(value);
        t.setId(id);
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }

    /** A label, the control, and under it the field's message (shown only when there is one). */
    private int field(GridPane grid, int row, String key, String label, Node control, Node marked) {
        Label caption = new Label(label);
        caption.setLabelFor(marked);
        caption.setMinWidth(Control.USE_PREF_SIZE);
        grid.add(caption, 0, row);
        grid.add(control, 1, row);
        Label error = new Label();
        error.setId("connect-error-" + key);
        error.getStyleClass().addAll(Theme.DANGER, Theme.TEXT_SMALL);
        error.setWrapText(true);
        Runnable update = () -> {
            String msg = model.problems().get(key);
            error.setText(msg == null ? "" : msg);
            error.setVisible(msg != null);
            error.setManaged(msg != null);
            marked.pseudoClassStateChanged(DANGER, msg != null);
        };
        model.problems().addListener((MapChangeListener<String, String>) c -> update.run());
        update.run();
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /** One attempt with what is typed; the password field is emptied at once, whatever happens next. */
    private void attempt() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        boolean started = model.connect(typed, services -> {
            connected = services;
            setResult(services);
            close();
        });
        if (!started) {
            focusFirstProblem();
        }
    }

    private void focusFirstEmpty() {
        for (String id : new String[] {"#connect-host", "#connect-database", "#connect-user"}) {
            Node n = getDialogPane().lookup(id);
            if (n instanceof TextField t && t.getText().isBlank()) {
                t.requestFocus();
                return;
            }
        }
        password.requestFocus();
    }

    private void focusFirstProblem() {
        if (model.problems().isEmpty()) {
            return;
        }
        String first = model.problems().keySet().iterator().next();
        Node n = first.equals("password") ? password
                : getDialogPane().lookup("#connect-" + first.toLowerCase(java.util.Locale.ROOT));
        if (n != null) {
            n.requestFocus();
        }
    }

    private void chooseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.connect.cafile.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("ui.connect.cafile.filter"), "*.crt", "*.pem", "*.cer"),
                new FileChooser.ExtensionFilter(m.get("ui.connect.cafile.all"), "*"));
        String current = model.caFile.get();
        if (current != null && !current.isBlank()) {
            try {
                Path parent = Path.of(current.strip()).toAbsolutePath().getParent();
                if (parent != null && Files.isDirectory(parent)) {
                    chooser.setInitialDirectory(parent.toFile());
                }
            } catch (java.nio.file.InvalidPathException e) {
                // start wherever the chooser starts
            }
        }
        File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            model.caFile.set(file.getAbsolutePath());
        }
    }

    /** The mode's name and what it checks. */
    private final class ModeCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get("ui.connect.sslmode." + item));
            setTooltip(empty || item == null ? null : new Tooltip(m.get("ui.connect.sslmode." + item)));
        }
    }

    public ConnectDialogModel model() {
        return model;
    }

    /** The password field (tests check that it is emptied). */
    PasswordField passwordField() {
        return password;
    }
}
