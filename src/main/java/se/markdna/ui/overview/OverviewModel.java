package se.markdna.ui.overview;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.markdna.service.AppServices;
import se.markdna.ui.common.BackgroundTask;

/** The overview's figures, read off the FX thread. No nodes: testable without a scene. */
public final class OverviewModel {

    /** One reading of the register. */
    public record Figures(Map<String, Long> counts) {
        public long count(String key) {
            return counts.getOrDefault(key, 0L);
        }

        public boolean registerEmpty() {
            return counts.entrySet().stream().filter(e -> !e.getKey().equals("audit_entries"))
                    .allMatch(e -> e.getValue() == 0);
        }
    }

    private final AppServices services;
    private final ObjectProperty<Figures> figures = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public OverviewModel(AppServices services) {
        this.services = services;
    }

    /** Reads the figures off the FX thread; failures go to the error dialog. */
    public void load() {
        BackgroundTask.of(this::read)
                .busy(loading)
                .onSuccess(f -> {
                    figures.set(f);
                    loaded.set(true);
                })
                .start();
    }

    /** Reads the figures on the calling thread. */
    public Figures read() {
        return new Figures(services.health().counts());
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
