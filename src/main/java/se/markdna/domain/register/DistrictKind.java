package se.markdna.domain.register;

import se.markdna.domain.Labelled;

/** Whether a district is part of the city or a village. */
public enum DistrictKind implements Labelled {
    CITY_DISTRICT,
    VILLAGE;

    @Override
    public String code() {
        return name();
    }
}
