package se.markdna.ui.sprayers;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.SprayerEvent;

/**
 * The small window for an event that needs more than a click: activation (date, police case
 * number), refill (date), move (new location), and the others when recorded with details.
 * Non-blocking: {@code onOk} gets the event.
 */
public final class EventDialog {

    private final Stage stage = new Stage();
    private final EventFormModel model;

    private EventDialog(Window owner, Texts texts, EventFormModel model, String sprayerText, String currentLocation,
            Consumer<SprayerEvent> onOk) {
        this.model = model;
        EventKind kind = model.kind();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(texts.get("spr.event.title." + kind.name()));

        Label heading = new Label(texts.get("spr.event.title." + kind.name()));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label sub = new Label(sprayerText);
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.setWrapText(true);

        DatePicker date = Forms.datePicker();
        date.setId("event-date");
        date.valueProperty().bindBidirectional(model.date);
        VBox form = new VBox(10, heading, sub,
                Forms.field(texts.get("spr.field.eventDate"), date, model.problems(), "date"));
        if (kind == EventKind.ACTIVATED) {
            TextField cn = new TextField();
            cn.setId("event-caseNumber");
            cn.setPromptText("5000-K123456-19");
            cn.textProperty().bindBidirectional(model.caseNumber);
            form.getChildren().add(Forms.field(texts.get("spr.field.caseNumber"), cn, model.problems(),
                    "policeCaseNumber"));
        }
        if (kind == EventKind.MOVED) {
            TextField loc = new TextField();
            loc.setId("event-location");
            loc.setPromptText(currentLocation == null ? "" : currentLocation);
            loc.textProperty().bindBidirectional(model.note);
            form.getChildren().add(Forms.field(texts.get("spr.field.newLocation"), loc, model.problems(), "note"));
        }
        TextField cost = new TextField();
        cost.setId("event-cost");
        cost.setPromptText("0");
        cost.textProperty().bindBidirectional(model.cost);
        form.getChildren().add(Forms.field(texts.get("spr.field.costSek"), cost, model.problems(), "cost"));
        if (kind != EventKind.MOVED) {
            TextField note = new TextField();
            note.setId("event-note");
            note.textProperty().bindBidirectional(model.note);
            form.getChildren().add(Forms.field(texts.get("spr.field.note"), note, model.problems(), "note"));
        }
        if (kind == EventKind.REFILLED) {
            Label info = new Label(texts.get("spr.event.refillInfo"));
            info.setWrapText(true);
            info.getStyleClass().add(Styles.TEXT_MUTED);
            form.getChildren().add(info);
        }
        form.setPadding(new Insets(18, 20, 8, 20));

        Button ok = new Button(texts.get("spr.event.ok." + kind.name()));
        ok.setId("event-ok");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(kind == EventKind.REMOVED ? Styles.DANGER : Styles.ACCENT);
        ok.disableProperty().bind(model.validProperty().not());
        ok.setOnAction(e -> {
            if (model.validate()) {
                stage.close();
                onOk.accept(model.toEvent());
            }
        });
        Button cancel = new Button(texts.get("spr.action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 20, 14, 20));
        buttons.getStyleClass().add("spr-dialog-buttons");

        BorderPane root = new BorderPane(form);
        root.setBottom(buttons);
        root.setId("event-dialog");
        root.setPrefWidth(420);
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        SprayersView.addStylesheet(stage.getScene());
    }

    static EventDialog open(Window owner, SprayerListViewModel vm, SprayerRow row, EventKind kind) {
        EventFormModel model = new EventFormModel(vm.texts(), vm.today(), row.id(), kind);
        if (kind == EventKind.SERVICED) {
            model.cost.set(String.valueOf(vm.serviceCost()));
        }
        String text = row.serial() + " · " + row.summary().designation()
                + (row.summary().location() == null ? "" : " · " + row.summary().location());
        EventDialog d = new EventDialog(owner, vm.texts(), model, text, row.summary().location(),
                e -> vm.record(row.id(), e));
        d.stage.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    public EventFormModel model() {
        return model;
    }
}
