package se.markdna.domain.sprayer;

import java.time.LocalDate;

/**
 * One line of the sprayer table or the Service due list: the sprayer, where it is, and its
 * stored derived figures. {@link #condition} tells what they mean on a given day.
 */
public record SprayerSummary(
        long id,
        long version,
        long propertyId,
        String designation,
        String propertyName,
        String streetAddress,
        String postalCode,
        String postTown,
        String districtName,
        Placement placement,
        String location,
        String make,
        String model,
        String serial,
        String solutionCode,
        Trigger trigger,
        LocalDate installedOn,
        LocalDate lastServiceOn,
        LocalDate nextService,
        LocalDate cartridgeExpires,
        boolean triggered,
        SprayerStatus storedStatus,
        Double latitude,
        Double longitude) {

    public SprayerCondition condition(LocalDate today, int horizonDays) {
        return SprayerCondition.of(storedStatus, nextService, cartridgeExpires, triggered, today, horizonDays);
    }

    /** The date the Service due list sorts by: the earliest thing that needs doing. */
    public LocalDate dueDate() {
        LocalDate d = nextService;
        if (cartridgeExpires != null && (d == null || cartridgeExpires.isBefore(d))) {
            d = cartridgeExpires;
        }
        return d;
    }
}
