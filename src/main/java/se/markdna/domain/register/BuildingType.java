package se.markdna.domain.register;

import se.markdna.domain.Labelled;

/** Kind of building or area a property (or a candidate site) is. */
public enum BuildingType implements Labelled {
    BLOCK_OF_FLATS,
    TERRACE,
    VILLA_AREA,
    SHOP,
    MUNICIPAL_BUILDING,
    STATION;

    @Override
    public String code() {
        return name();
    }
}
