package se.markdna.domain.sprayer;

import se.markdna.domain.Labelled;

/** What sets a sprayer off. */
public enum Trigger implements Labelled {
    ALARM_BUTTON,
    MOTION,
    DOOR_CONTACT;

    @Override
    public String code() {
        return name();
    }
}
