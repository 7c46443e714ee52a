package se.markdna.domain.planning;

import se.markdna.domain.settings.Settings;

/** The estimated cost of a candidate site from the unit costs in Settings, with its parts. */
public record CostEstimate(long kits, long signs, long sprayers) {

    public static CostEstimate of(int plannedKits, int plannedSigns, int plannedSprayers, Settings s) {
        return new CostEstimate((long) plannedKits * s.kitCost(), (long) plannedSigns * s.signCost(),
                (long) plannedSprayers * s.sprayerInstallCost());
    }

    public static CostEstimate of(RolloutSite site, Settings s) {
        return of(site.plannedKits(), site.plannedSigns(), site.plannedSprayers(), s);
    }

    public long total() {
        return kits + signs + sprayers;
    }
}
