package se.markdna.ui.planning;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.LongConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.markdna.domain.register.Property;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.domain.settings.Settings;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;

/**
 * What the planning views share: the services, the settings in force, the weights the ranking is
 * shown with (the saved ones, or a preview while the user moves them in Settings), a revision that
 * moves on whenever planning data changed, and where "open this" goes.
 */
public final class PlanningContext {

    private static final Map<AppServices, PlanningContext> SHARED = new WeakHashMap<>();

    private final AppServices services;
    private final Messages messages;
    private final Background background;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaults());
    private final ObjectProperty<ScoreWeights> weights = new SimpleObjectProperty<>(ScoreWeights.DEFAULT);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private LongConsumer siteOpener = id -> { };
    private LongConsumer propertyOpener;
    private LongConsumer sprayerOpener;
    private java.util.function.Consumer<Property> propertyCreated = p -> { };

    public PlanningContext(AppServices services, Messages messages, Background background) {
        this.services = services;
        this.messages = messages;
        this.background = background;
    }

    /** The one context of an open database, so that Settings and the planning views see each other. */
    public static synchronized PlanningContext shared(AppServices services, Messages messages) {
        return SHARED.computeIfAbsent(services, s -> new PlanningContext(s, messages, Background.fx()));
    }

    public AppServices services() {
        return services;
    }

    public Messages messages() {
        return messages;
    }

    public Background background() {
        return background;
    }

    public Fmt fmt() {
        return new Fmt(messages.locale());
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

    public IntegerProperty revisionProperty() {
        return revision;
    }

    /** Tells every planning view that sites, properties or settings changed. */
    public void changed() {
        revision.set(revision.get() + 1);
    }

    /** Reads the settings in force (off the FX thread) and applies them. */
    public void loadSettings() {
        background.run(() -> services.settings().current(), s -> {
            settings.set(s);
            weights.set(s.weights());
        }, e -> { });
    }

    public void setSiteOpener(LongConsumer opener) {
        this.siteOpener = opener;
    }

    public void openSite(long id) {
        siteOpener.accept(id);
    }

    /** Where a property opens (the property register), when the shell provides it; null if not. */
    public LongConsumer propertyOpener() {
        return propertyOpener;
    }

    public void setPropertyOpener(LongConsumer opener) {
        this.propertyOpener = opener;
    }

    public LongConsumer sprayerOpener() {
        return sprayerOpener;
    }

    public void setSprayerOpener(LongConsumer opener) {
        this.sprayerOpener = opener;
    }

    /** Called after "done" created a property from a site. */
    public void setOnPropertyCreated(java.util.function.Consumer<Property> handler) {
        this.propertyCreated = handler;
    }

    public void propertyCreated(Property p) {
        propertyCreated.accept(p);
    }
}
