package se.markdna.domain.register;

import se.markdna.domain.Labelled;

/** Where a marked property is in the marking programme. */
public enum PropertyStatus implements Labelled {
    PLANNED,
    ACTIVE,
    RENEWAL_DUE,
    INACTIVE;

    @Override
    public String code() {
        return name();
    }
}
