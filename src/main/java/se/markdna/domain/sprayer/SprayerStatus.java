package se.markdna.domain.sprayer;

import se.markdna.domain.Labelled;

/**
 * The status shown for a sprayer. Only {@link #OUT_OF_SERVICE} and {@link #REMOVED} are set by a
 * user; the others are derived from dates and events (see {@link SprayerCondition}), so a sprayer
 * that is in use is stored as {@link #ACTIVE}.
 */
public enum SprayerStatus implements Labelled {
    ACTIVE,
    SERVICE_DUE,
    TRIGGERED,
    OUT_OF_SERVICE,
    REMOVED;

    @Override
    public String code() {
        return name();
    }

    public boolean isSetByUser() {
        return this == OUT_OF_SERVICE || this == REMOVED;
    }

    /** What is stored: derived statuses collapse to ACTIVE. */
    public SprayerStatus stored() {
        return isSetByUser() ? this : ACTIVE;
    }
}
