package se.markdna.domain.planning;

import java.util.EnumSet;
import java.util.Set;
import se.markdna.domain.Labelled;

/**
 * The workflow of a candidate site. A rejected site can be proposed again; a done one is final
 * because it has become a property.
 */
public enum SiteStatus implements Labelled {
    PROPOSED,
    UNDER_REVIEW,
    APPROVED,
    SCHEDULED,
    IN_PROGRESS,
    DONE,
    REJECTED;

    @Override
    public String code() {
        return name();
    }

    public Set<SiteStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(UNDER_REVIEW, REJECTED);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, PROPOSED, REJECTED);
            case APPROVED -> EnumSet.of(SCHEDULED, UNDER_REVIEW, REJECTED);
            case SCHEDULED -> EnumSet.of(IN_PROGRESS, APPROVED, REJECTED);
            case IN_PROGRESS -> EnumSet.of(DONE, SCHEDULED);
            case DONE -> EnumSet.noneOf(SiteStatus.class);
            case REJECTED -> EnumSet.of(PROPOSED);
        };
    }

    public boolean canMoveTo(SiteStatus target) {
        return next().contains(target);
    }

    /** Sites the budget planner may choose from. */
    public boolean isPlannable() {
        return this == PROPOSED || this == UNDER_REVIEW || this == APPROVED;
    }
}
