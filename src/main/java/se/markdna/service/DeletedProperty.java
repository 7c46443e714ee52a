package se.markdna.service;

import java.util.List;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.Property;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerFigures;


/** What a property deletion removed, kept so that the deletion can be undone. */
public record DeletedProperty(Property property, List<KitDistribution> kitDistributions,
        List<SprayerWithEvents> sprayers) {

    public record SprayerWithEvents(Sprayer sprayer, SprayerFigures derived, List<SprayerEvent> events) {
    }
}
