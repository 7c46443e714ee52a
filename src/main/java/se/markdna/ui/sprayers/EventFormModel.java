package se.markdna.ui.sprayers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.SprayerEvent;

/**
 * The small form behind activation, refill, move and the other events: date (required), police
 * case number (activations; optional but checked when given), cost, and the new location for a
 * move or a free note otherwise. Validated live by {@link SprayerEvent#validate}.
 */
public final class EventFormModel {

    private final Texts texts;
    private final LocalDate today;
    private final long sprayerId;
    private final EventKind kind;

    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty caseNumber = new SimpleStringProperty("");
    final StringProperty cost = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    public EventFormModel(Texts texts, LocalDate today, long sprayerId, EventKind kind) {
        this.texts = texts;
        this.today = today;
        this.sprayerId = sprayerId;
        this.kind = kind;
        date.set(today);
        date.addListener(x -> validate());
        caseNumber.addListener(x -> validate());
        cost.addListener(x -> validate());
        note.addListener(x -> validate());
        validate();
    }

    public EventKind kind() {
        return kind;
    }

    public SprayerEvent toEvent() {
        String cn = caseNumber.get() == null || caseNumber.get().isBlank() ? null : caseNumber.get().strip();
        String n = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        return new SprayerEvent(RecordMeta.NEW, sprayerId, date.get(), kind, cn, parsedCost(), n);
    }

    private BigDecimal parsedCost() {
        String c = cost.get() == null ? "" : cost.get().replace(" ", "").replace('\u00a0', ' ').strip()
                .replace(",", ".");
        if (c.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(c);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean validate() {
        List<Problem> list = new ArrayList<>(toEvent().validate(today));
        String c = cost.get() == null ? "" : cost.get().strip();
        if (!c.isEmpty() && parsedCost() == null) {
            list.add(Problem.of("cost", "spr.validation.number"));
        }
        problems.clear();
        for (Problem p : list) {
            problems.putIfAbsent(p.field(), texts.messages().problem(p));
        }
        valid.set(list.isEmpty());
        return list.isEmpty();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty caseNumberProperty() {
        return caseNumber;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
