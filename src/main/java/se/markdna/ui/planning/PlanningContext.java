package se.markdna.ui.planning;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.markdna.domain.register.Property;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.domain.settings.Settings;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.Places;
import se.markdna.ui.common.UiContext;

/**
 * What the planning views and Settings share: the application's {@link UiContext}, the settings in
 * force, the weights the ranking is shown with (the saved ones, or a preview while the user moves
 * them in Settings), a revision that moves on whenever planning data changed, and where "open
 * this" goes (a site in the Platser tab; a property or a sprayer in its own view, through the
 * shell).
 *
 * <p>View models listen to the revision and the weights through weak listeners, so the views the
 * shell drops (after loading demo data or an import) stop reloading once they are collected.
 */
public final class PlanningContext {

    private static final Map<UiContext, PlanningContext> SHARED = new WeakHashMap<>();

    private final UiContext ui;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaults());
    private final ObjectProperty<ScoreWeights> weights = new SimpleObjectProperty<>(ScoreWeights.DEFAULT);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final BooleanProperty previewing = new SimpleBooleanProperty();
    private LongConsumer siteOpener = id -> { };

    public PlanningContext(UiContext ui) {
        this.ui = ui;
    }

    /** The one context of the application, so that Settings and the planning views see each other's changes. */
    public static synchronized PlanningContext shared(UiContext ui) {
        return SHARED.computeIfAbsent(ui, PlanningContext::new);
    }

    public UiContext ui() {
        return ui;
    }

    public AppServices services() {
        return ui.services();
    }

    public Messages messages() {
        return ui.messages();
    }

    public Dialogs dialogs() {
        return ui.dialogs();
    }

    public PlanningFormats formats() {
        return new PlanningFormats(ui.messages().locale());
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings settings() {
        return settings.get();
    }

    /** The weights rankings are computed with; Settings sets them while previewing. */
    public ObjectProperty<ScoreWeights> weightsProperty() {
        return weights;
    }

    /**
     * True while Settings shows weights that are not saved yet: the planning views rank with them
     * (and say so), and reloading the settings does not take them away.
     */
    public BooleanProperty previewingProperty() {
        return previewing;
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    /**
     * Tells every planning view that sites, properties or settings changed, and the main window
     * to re-read its row counts.
     */
    public void changed() {
        revision.set(revision.get() + 1);
        ui.shell().refreshStatus();
    }

    /** Reads the settings in force (off the FX thread) and applies them; the weights too, unless previewing. */
    public void loadSettings(Runnable then) {
        BackgroundTask.of(() -> services().settings().current())
                .onSuccess(s -> {
                    settings.set(s);
                    if (!previewing.get()) {
                        weights.set(s.weights());
                    }
                    then.run();
                })
                .start();
    }

    /** Where a site opens: the workspace sets this to its Platser tab. */
    public void setSiteOpener(LongConsumer opener) {
        this.siteOpener = opener;
    }

    public void openSite(long id) {
        siteOpener.accept(id);
    }

    /** Shows the property in the property register (its detail opens there). */
    public void openProperty(long id) {
        ui.shell().open(Places.PROPERTIES, id);
    }

    /** Shows the sprayer in the sprayer list (selected, its detail open). */
    public void openSprayer(long id) {
        ui.shell().open(Places.SPRAYERS, id);
    }

    /**
     * After "done" created a property from a site: the user completes it in the property register
     * (designation, postal code, contact are not known at planning time), so it opens there, with a
     * note in the status bar saying which property it is.
     */
    public void propertyCreated(Property property) {
        ui.shell().notify(messages().get("plan.done.created", property.designation()));
        openProperty(property.id());
    }
}
