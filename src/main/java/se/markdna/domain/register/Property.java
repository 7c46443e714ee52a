package se.markdna.domain.register;

import java.util.List;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;

/** A marked property (märkt fastighet): a housing area, building or site in the programme. */
public record Property(
        RecordMeta meta,
        String designation,
        String name,
        String streetAddress,
        String postalCode,
        String postTown,
        Long districtId,
        Long organisationId,
        Long contactId,
        Double latitude,
        Double longitude,
        BuildingType buildingType,
        int dwellings,
        int signs,
        int stickers,
        boolean neighbourhoodWatch,
        String programmePhase,
        PropertyStatus status,
        String notes) implements Entity {

    @Override
    public List<Problem> validate() {
        Problems p = new Problems()
                .required("designation", designation)
                .maxLength("designation", designation, 120)
                .maxLength("name", name, 200)
                .maxLength("streetAddress", streetAddress, 200)
                .maxLength("postTown", postTown, 100)
                .required("districtId", districtId)
                .latitude("latitude", latitude)
                .longitude("longitude", longitude)
                .required("buildingType", buildingType)
                .nonNegative("dwellings", dwellings)
                .nonNegative("signs", signs)
                .nonNegative("stickers", stickers)
                .maxLength("programmePhase", programmePhase, 100)
                .required("status", status)
                .maxLength("notes", notes, 4000);
        if (postalCode != null && !postalCode.isBlank() && !PostalCode.isValid(postalCode)) {
            p.add("postalCode", "validation.postalCode");
        }
        if ((latitude == null) != (longitude == null)) {
            p.add(latitude == null ? "latitude" : "longitude", "validation.coordinatePair");
        }
        if (contactId != null && organisationId == null) {
            p.add("contactId", "validation.contactWithoutOrganisation");
        }
        return p.toList();
    }

    public Property withMeta(RecordMeta newMeta) {
        return new Property(newMeta, designation, name, streetAddress, postalCode, postTown, districtId,
                organisationId, contactId, latitude, longitude, buildingType, dwellings, signs, stickers,
                neighbourhoodWatch, programmePhase, status, notes);
    }
}
