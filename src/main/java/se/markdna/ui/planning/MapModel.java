package se.markdna.ui.planning;

import java.time.LocalDate;
import java.util.List;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;

/**
 * What the offline map shows, held in flat arrays so that 100,000 points draw without an object
 * per point, plus the view (an equirectangular projection scaled by cos(latitude) around the
 * centre), pan, zoom around a point, fit to the data, and hit-testing. No JavaFX: it tests without
 * a toolkit.
 */
public final class MapModel {

    /** The kinds of thing on the map, in the order a click prefers them. */
    public enum Kind { SITE, SPRAYER, PROPERTY, DISTRICT }

    /** What a click hit. */
    public record Hit(Kind kind, int index, long id) {
    }

    /** Coverage class of a property: below the threshold, around it (within a fifth), above. */
    public static final byte BELOW = 0;
    public static final byte AROUND = 1;
    public static final byte ABOVE = 2;
    public static final byte UNKNOWN = 3;

    private static final double KM_PER_DEGREE_LAT = 111.32;

    // data
    double[] propLat = new double[0];
    double[] propLon = new double[0];
    byte[] propClass = new byte[0];
    long[] propId = new long[0];
    double[] sprLat = new double[0];
    double[] sprLon = new double[0];
    SprayerStatus[] sprStatus = new SprayerStatus[0];
    long[] sprId = new long[0];
    List<RankedSite> sites = List.of();
    List<DistrictCoverage> districts = List.of();
    List<PropertySummary> properties = List.of();
    List<SprayerSummary> sprayers = List.of();

    // view
    private double centreLat = 55.70;
    private double centreLon = 13.32;
    private double referenceLat = 55.70;
    private double pxPerDegLat = 3000;
    private double width = 800;
    private double height = 600;
    private final boolean[] layers = {true, true, true, true};

    public void setData(List<DistrictCoverage> d, List<PropertySummary> props, List<SprayerSummary> spr,
            List<RankedSite> s, double threshold, LocalDate today, int horizonDays) {
        districts = List.copyOf(d);
        properties = List.copyOf(props);
        sprayers = List.copyOf(spr);
        sites = List.copyOf(s);
        int n = 0;
        for (PropertySummary p : props) {
            if (p.latitude() != null && p.longitude() != null) {
                n++;
            }
        }
        propLat = new double[n];
        propLon = new double[n];
        propClass = new byte[n];
        propId = new long[n];
        int i = 0;
        for (PropertySummary p : props) {
            if (p.latitude() == null || p.longitude() == null) {
                continue;
            }
            propLat[i] = p.latitude();
            propLon[i] = p.longitude();
            propId[i] = p.id();
            propClass[i] = coverageClass(p.coverage().isPresent() ? p.coverage().getAsDouble() : -1, threshold);
            i++;
        }
        n = 0;
        for (SprayerSummary sp : spr) {
            if (sp.latitude() != null && sp.longitude() != null) {
                n++;
            }
        }
        sprLat = new double[n];
        sprLon = new double[n];
        sprStatus = new SprayerStatus[n];
        sprId = new long[n];
        i = 0;
        for (SprayerSummary sp : spr) {
            if (sp.latitude() == null || sp.longitude() == null) {
                continue;
            }
            // sprayers share their property's position: nudge them a little so both stay visible
            sprLat[i] = sp.latitude() + 0.00012;
            sprLon[i] = sp.longitude() + 0.00020;
            sprStatus[i] = sp.condition(today, horizonDays).status();
            sprId[i] = sp.id();
            i++;
        }
    }

    public static byte coverageClass(double coverage, double threshold) {
        if (coverage < 0) {
            return UNKNOWN;
        }
        if (coverage >= threshold) {
            return ABOVE;
        }
        return coverage >= threshold * 0.8 ? AROUND : BELOW;
    }

    // ---- projection

    public void setSize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    /** The east-west scale, fixed at the latitude the view was fitted around so that panning does not rescale. */
    double cosLat() {
        return Math.cos(Math.toRadians(referenceLat));
    }

    public double x(double lon) {
        return width / 2 + (lon - centreLon) * cosLat() * pxPerDegLat;
    }

    public double y(double lat) {
        return height / 2 - (lat - centreLat) * pxPerDegLat;
    }

    public double lon(double x) {
        return centreLon + (x - width / 2) / (cosLat() * pxPerDegLat);
    }

    public double lat(double y) {
        return centreLat - (y - height / 2) / pxPerDegLat;
    }

    public void panBy(double dx, double dy) {
        centreLon -= dx / (cosLat() * pxPerDegLat);
        centreLat += dy / pxPerDegLat;
    }

    /** Zooms by a factor, keeping the point under (x, y) where it is. */
    public void zoomAt(double factor, double x, double y) {
        double lon = lon(x);
        double lat = lat(y);
        pxPerDegLat = Math.max(200, Math.min(2_000_000, pxPerDegLat * factor));
        centreLon = lon - (x - width / 2) / (cosLat() * pxPerDegLat);
        centreLat = lat + (y - height / 2) / pxPerDegLat;
    }

    public double zoom() {
        return pxPerDegLat;
    }

    /** Kilometres one pixel spans. */
    public double kmPerPixel() {
        return KM_PER_DEGREE_LAT / pxPerDegLat;
    }

    /** Fits the view to everything with coordinates, or to the Lund area when there is nothing. */
    public void fit() {
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (DistrictCoverage d : districts) {
            if (d.latitude() != null && d.longitude() != null) {
                minLat = Math.min(minLat, d.latitude());
                maxLat = Math.max(maxLat, d.latitude());
                minLon = Math.min(minLon, d.longitude());
                maxLon = Math.max(maxLon, d.longitude());
            }
        }
        for (int i = 0; i < propLat.length; i++) {
            minLat = Math.min(minLat, propLat[i]);
            maxLat = Math.max(maxLat, propLat[i]);
            minLon = Math.min(minLon, propLon[i]);
            maxLon = Math.max(maxLon, propLon[i]);
        }
        for (RankedSite s : sites) {
            if (s.site().latitude() != null && s.site().longitude() != null) {
                minLat = Math.min(minLat, s.site().latitude());
                maxLat = Math.max(maxLat, s.site().latitude());
                minLon = Math.min(minLon, s.site().longitude());
                maxLon = Math.max(maxLon, s.site().longitude());
            }
        }
        if (minLat > maxLat) {
            minLat = 55.6;
            maxLat = 55.8;
            minLon = 13.1;
            maxLon = 13.55;
        }
        centreLat = (minLat + maxLat) / 2;
        centreLon = (minLon + maxLon) / 2;
        referenceLat = centreLat;
        double spanLat = Math.max(0.005, maxLat - minLat) * 1.15;
        double spanLon = Math.max(0.005, maxLon - minLon) * 1.15;
        pxPerDegLat = Math.max(200, Math.min(height / spanLat, width / (spanLon * cosLat())));
    }

    // ---- layers

    public boolean layer(Kind k) {
        return layers[k.ordinal()];
    }

    public void setLayer(Kind k, boolean on) {
        layers[k.ordinal()] = on;
    }

    // ---- sizes, shared by drawing and hit-testing

    /** Radius of a candidate site's circle: 5 px at score 0 to 17 px at 100. */
    public static double siteRadius(double score) {
        return 5 + 12 * Math.max(0, Math.min(100, score)) / 100;
    }

    /** Radius of a district's circle, by households (square root, so the area is proportional). */
    public double districtRadius(int households) {
        double base = 4 + Math.sqrt(Math.max(0, households)) * 0.22;
        return base * Math.min(2.5, Math.max(0.6, Math.sqrt(pxPerDegLat / 3000)));
    }

    /** The nearest thing under (x, y), sites first, then sprayers, properties, districts; null if nothing. */
    public Hit hit(double x, double y) {
        if (layer(Kind.SITE)) {
            Hit best = null;
            double bestD = Double.MAX_VALUE;
            for (int i = 0; i < sites.size(); i++) {
                RankedSite s = sites.get(i);
                if (s.site().latitude() == null || s.site().longitude() == null) {
                    continue;
                }
                double d = Math.hypot(x(s.site().longitude()) - x, y(s.site().latitude()) - y);
                if (d <= siteRadius(s.score().score()) + 3 && d < bestD) {
                    bestD = d;
                    best = new Hit(Kind.SITE, i, s.site().id());
                }
            }
            if (best != null) {
                return best;
            }
        }
        if (layer(Kind.SPRAYER)) {
            int i = nearest(sprLat, sprLon, x, y, 7);
            if (i >= 0) {
                return new Hit(Kind.SPRAYER, i, sprId[i]);
            }
        }
        if (layer(Kind.PROPERTY)) {
            int i = nearest(propLat, propLon, x, y, 7);
            if (i >= 0) {
                return new Hit(Kind.PROPERTY, i, propId[i]);
            }
        }
        if (layer(Kind.DISTRICT)) {
            for (int i = 0; i < districts.size(); i++) {
                DistrictCoverage d = districts.get(i);
                if (d.latitude() == null || d.longitude() == null) {
                    continue;
                }
                if (Math.hypot(x(d.longitude()) - x, y(d.latitude()) - y) <= districtRadius(d.households())) {
                    return new Hit(Kind.DISTRICT, i, d.districtId());
                }
            }
        }
        return null;
    }

    private int nearest(double[] lat, double[] lon, double x, double y, double radius) {
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < lat.length; i++) {
            double dx = x(lon[i]) - x;
            double dy = y(lat[i]) - y;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    public List<RankedSite> sites() {
        return sites;
    }

    public List<DistrictCoverage> districts() {
        return districts;
    }

    public PropertySummary property(long id) {
        for (PropertySummary p : properties) {
            if (p.id() == id) {
                return p;
            }
        }
        return null;
    }

    public SprayerSummary sprayer(long id) {
        for (SprayerSummary s : sprayers) {
            if (s.id() == id) {
                return s;
            }
        }
        return null;
    }

    public int propertyCount() {
        return propLat.length;
    }

    public int sprayerCount() {
        return sprLat.length;
    }
}
