package se.markdna.domain.planning;

import java.util.OptionalDouble;
import se.markdna.domain.register.Coverage;

/** A district's reach: households, kits handed out in its properties, and what is installed there. */
public record DistrictCoverage(long districtId, String name, int households, long kitsHandedOut, int properties,
        int sprayers, Double safetyIndex, int burglaries12Months, boolean priority, Double latitude,
        Double longitude) {

    public OptionalDouble coverage() {
        return Coverage.of(kitsHandedOut, households);
    }

    /** Coverage as a share 0–1, 0 when the district has no households. */
    public double coverageOrZero() {
        return coverage().orElse(0);
    }

    public boolean isMarked(double threshold) {
        return Coverage.isMarked(kitsHandedOut, households, threshold);
    }

    /** The coverage if {@code extraKits} more were handed out. */
    public double coverageWith(long extraKits) {
        return Coverage.of(kitsHandedOut + extraKits, households).orElse(0);
    }
}
