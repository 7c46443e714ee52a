package se.markdna.domain.planning;

import java.util.List;
import java.util.regex.Pattern;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.BuildingType;

/**
 * A candidate site (planerad plats) for extending the marking programme. The workflow's own rules
 * (a reason to reject, a property when done) belong to the status change, not to the record, so
 * that sites imported in any status are accepted.
 */
public record RolloutSite(
        RecordMeta meta,
        String name,
        Long districtId,
        String address,
        Double latitude,
        Double longitude,
        BuildingType siteType,
        int dwellings,
        Long organisationId,
        String reason,
        int burglaries12Months,
        int plannedKits,
        int plannedSprayers,
        int plannedSigns,
        String plannedQuarter,
        SiteStatus status,
        String statusReason,
        String responsible,
        Long propertyId,
        String notes) implements Entity {

    public static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    @Override
    public List<Problem> validate() {
        Problems p = new Problems()
                .required("name", name)
                .maxLength("name", name, 200)
                .required("districtId", districtId)
                .maxLength("address", address, 200)
                .latitude("latitude", latitude)
                .longitude("longitude", longitude)
                .nonNegative("dwellings", dwellings)
                .maxLength("reason", reason, 1000)
                .nonNegative("burglaries12Months", burglaries12Months)
                .nonNegative("plannedKits", plannedKits)
                .nonNegative("plannedSprayers", plannedSprayers)
                .nonNegative("plannedSigns", plannedSigns)
                .matches("plannedQuarter", plannedQuarter, QUARTER, "validation.quarter")
                .required("status", status)
                .maxLength("responsible", responsible, 200)
                .maxLength("notes", notes, 4000);
        if ((latitude == null) != (longitude == null)) {
            p.add(latitude == null ? "latitude" : "longitude", "validation.coordinatePair");
        }
        return p.toList();
    }

    public RolloutSite withMeta(RecordMeta newMeta) {
        return new RolloutSite(newMeta, name, districtId, address, latitude, longitude, siteType, dwellings,
                organisationId, reason, burglaries12Months, plannedKits, plannedSprayers, plannedSigns, plannedQuarter,
                status, statusReason, responsible, propertyId, notes);
    }

    public RolloutSite withStatus(SiteStatus newStatus, String reasonText, Long linkedProperty) {
        return new RolloutSite(meta, name, districtId, address, latitude, longitude, siteType, dwellings,
                organisationId, reason, burglaries12Months, plannedKits, plannedSprayers, plannedSigns, plannedQuarter,
                newStatus, reasonText, responsible, linkedProperty, notes);
    }
}
