package se.markdna.ui.sprayers;

import java.time.LocalDate;
import java.util.Comparator;
import se.markdna.domain.sprayer.DueState;
import se.markdna.domain.sprayer.SprayerCondition;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;

/**
 * One immutable line of the sprayer table: the summary, what it means today, the lower-case text
 * search-as-you-type looks in, and the keys the table sorts on. Everything is computed once when
 * the row is built, so filtering and sorting 100,000 rows never formats or looks anything up.
 */
public final class SprayerRow {

    private final SprayerSummary summary;
    private final SprayerCondition condition;
    private final String searchText;
    private final String placementLabel;
    private final String triggerLabel;
    private final String statusLabel;
    final String kProperty;
    final String kDistrict;
    final String kPlacement;
    final String kLocation;
    final String kModel;
    final String kSerial;
    final String kCode;
    final String kTrigger;
    final int statusRank;

    private SprayerRow(SprayerSummary s, SprayerCondition c, Texts texts) {
        this.summary = s;
        this.condition = c;
        this.placementLabel = texts.label(s.placement());
        this.triggerLabel = texts.label(s.trigger());
        this.statusLabel = texts.label(c.status());
        this.kProperty = Texts.sortKey(s.designation());
        this.kDistrict = Texts.sortKey(s.districtName());
        this.kPlacement = Texts.sortKey(placementLabel);
        this.kLocation = Texts.sortKey(s.location());
        this.kModel = Texts.sortKey(makeModel());
        this.kSerial = Texts.sortKey(s.serial());
        this.kCode = Texts.sortKey(s.solutionCode());
        this.kTrigger = Texts.sortKey(triggerLabel);
        this.statusRank = rank(c);
        this.searchText = String.join("\u0000", Texts.nz(s.designation()), Texts.nz(s.propertyName()),
                Texts.nz(s.streetAddress()), Texts.nz(s.districtName()), placementLabel, Texts.nz(s.location()),
                Texts.nz(s.make()), Texts.nz(s.model()), Texts.nz(s.serial()), Texts.nz(s.solutionCode()),
                triggerLabel, statusLabel).toLowerCase(java.util.Locale.ROOT);
    }

    public static SprayerRow of(SprayerSummary s, LocalDate today, int horizonDays, Texts texts) {
        return new SprayerRow(s, s.condition(today, horizonDays), texts);
    }

    private static int rank(SprayerCondition c) {
        if (c.status() == SprayerStatus.REMOVED) {
            return 7;
        }
        if (c.status() == SprayerStatus.OUT_OF_SERVICE) {
            return 6;
        }
        if (c.triggered()) {
            return 0;
        }
        if (c.serviceState() == DueState.OVERDUE) {
            return 1;
        }
        if (c.cartridgeExpired()) {
            return 2;
        }
        return c.serviceState() == DueState.DUE_SOON ? 3 : 4;
    }

    public SprayerSummary summary() {
        return summary;
    }

    public SprayerCondition condition() {
        return condition;
    }

    public long id() {
        return summary.id();
    }

    public String serial() {
        return summary.serial();
    }

    public String searchText() {
        return searchText;
    }

    public String placementLabel() {
        return placementLabel;
    }

    public String triggerLabel() {
        return triggerLabel;
    }

    public String statusLabel() {
        return statusLabel;
    }

    public String makeModel() {
        String make = Texts.nz(summary.make());
        String model = Texts.nz(summary.model());
        return make.isEmpty() ? model : model.isEmpty() ? make : make + " " + model;
    }

    public boolean overdue() {
        return inService() && condition.serviceState() == DueState.OVERDUE;
    }

    public boolean dueSoon() {
        return inService() && condition.serviceState() == DueState.DUE_SOON;
    }

    public boolean expired() {
        return inService() && condition.cartridgeExpired();
    }

    public boolean triggered() {
        return inService() && condition.triggered();
    }

    public boolean inService() {
        return !condition.status().isSetByUser();
    }

    public boolean removed() {
        return condition.status() == SprayerStatus.REMOVED;
    }

    /** Comparators on the precomputed keys, one per sortable column. */
    static final Comparator<LocalDate> DATES = Comparator.nullsLast(Comparator.naturalOrder());

    static Comparator<SprayerRow> byText(java.util.function.Function<SprayerRow, String> key) {
        return (a, b) -> {
            String x = key.apply(a);
            String y = key.apply(b);
            if (x.isEmpty() != y.isEmpty()) {
                return x.isEmpty() ? 1 : -1;
            }
            return x.compareTo(y);
        };
    }

    static Comparator<SprayerRow> byDate(java.util.function.Function<SprayerSummary, LocalDate> key) {
        return (a, b) -> DATES.compare(key.apply(a.summary), key.apply(b.summary));
    }
}
