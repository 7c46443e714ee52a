package se.markdna.domain.register;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One line of the property table: the property with the names of what it refers to and its kit
 * totals, read in one query so that 100,000 of them load without a query per row.
 */
public record PropertySummary(
        long id,
        long version,
        String designation,
        String name,
        String streetAddress,
        String postalCode,
        String postTown,
        Long districtId,
        String districtName,
        Long organisationId,
        String organisationName,
        String organisationNumber,
        BuildingType buildingType,
        int dwellings,
        int kitsHandedOut,
        int signs,
        int stickers,
        boolean neighbourhoodWatch,
        String programmePhase,
        PropertyStatus status,
        LocalDate markedOn,
        Double latitude,
        Double longitude) {

    public OptionalDouble coverage() {
        return Coverage.of(kitsHandedOut, dwellings);
    }
}
