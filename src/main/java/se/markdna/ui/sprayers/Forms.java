package se.markdna.ui.sprayers;

import java.time.LocalDate;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A labelled form field with its live validation message underneath. */
final class Forms {

    private Forms() {
    }

    static VBox field(String label, Node control, ObservableMap<String, String> problems, String field) {
        Label caption = new Label(label);
        caption.getStyleClass().add("spr-field-label");
        caption.setLabelFor(control);
        Label error = new Label();
        error.getStyleClass().addAll("spr-field-error", Styles.DANGER, Styles.TEXT_SMALL);
        error.setId("error-" + field);
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        Runnable update = () -> {
            String msg = problems.get(field);
            error.setText(msg == null ? "" : msg);
            error.setVisible(msg != null);
            error.setManaged(msg != null);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, msg != null);
        };
        problems.addListener((MapChangeListener<String, String>) c -> update.run());
        update.run();
        VBox box = new VBox(3, caption, control, error);
        box.getStyleClass().add("spr-field");
        return box;
    }

    /** A date picker that reads and writes ISO dates (2026-03-01) and commits typed text at once. */
    static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Texts.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return p.getValue();
                }
            }
        });
        p.setPromptText("ÅÅÅÅ-MM-DD");
        p.getEditor().textProperty().addListener((o, a, b) -> {
            if (b == null || b.isBlank()) {
                if (p.getValue() != null) {
                    p.setValue(null);
                }
                return;
            }
            try {
                LocalDate d = LocalDate.parse(b.strip());
                if (!d.equals(p.getValue())) {
                    p.setValue(d);
                }
            } catch (java.time.format.DateTimeParseException e) {
                // keep the last valid value until the text parses
            }
        });
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }
}
