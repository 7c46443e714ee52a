package se.markdna.domain.sprayer;

import se.markdna.domain.Labelled;

/** What happened to a sprayer. */
public enum EventKind implements Labelled {
    INSTALLED,
    SERVICED,
    INSPECTED,
    ACTIVATED,
    REFILLED,
    MOVED,
    REMOVED;

    @Override
    public String code() {
        return name();
    }
}
