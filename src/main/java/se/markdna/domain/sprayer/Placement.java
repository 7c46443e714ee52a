package se.markdna.domain.sprayer;

import se.markdna.domain.Labelled;

/** Where at a property a sprayer is mounted. */
public enum Placement implements Labelled {
    ENTRANCE,
    BASEMENT,
    STORAGE,
    SHOP_EXIT,
    BIKE_ROOM,
    OTHER;

    @Override
    public String code() {
        return name();
    }
}
