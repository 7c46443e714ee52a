package se.markdna.domain;

/**
 * Coordinates are WGS84 inside Sweden's bounding box. A narrower range than the globe catches the
 * most common typing error, latitude and longitude swapped (13.19, 55.70), which the globe allows.
 */
public final class Geo {
    public static final double MIN_LATITUDE = 55.0;
    public static final double MAX_LATITUDE = 69.5;
    public static final double MIN_LONGITUDE = 10.5;
    public static final double MAX_LONGITUDE = 24.5;

    private Geo() {
    }
}
