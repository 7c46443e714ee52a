package se.markdna.domain.register;

import java.util.List;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;

/** A district (område): reference data the safety office keeps, the unit coverage is measured in. */
public record District(
        RecordMeta meta,
        String name,
        MainArea mainArea,
        DistrictKind kind,
        int households,
        Double latitude,
        Double longitude,
        Double safetyIndex,
        int burglaries12Months,
        boolean priority,
        String priorityReason) implements Entity {

    public static final double MAX_SAFETY_INDEX = 6.0;

    @Override
    public List<Problem> validate() {
        Problems p = new Problems()
                .required("name", name)
                .maxLength("name", name, 100)
                .required("mainArea", mainArea)
                .required("kind", kind)
                .nonNegative("households", households)
                .latitude("latitude", latitude)
                .longitude("longitude", longitude)
                .between("safetyIndex", safetyIndex, 0, MAX_SAFETY_INDEX)
                .nonNegative("burglaries12Months", burglaries12Months)
                .maxLength("priorityReason", priorityReason, 500);
        if ((latitude == null) != (longitude == null)) {
            p.add(latitude == null ? "latitude" : "longitude", "validation.coordinatePair");
        }
        if (priority && (priorityReason == null || priorityReason.isBlank())) {
            p.add("priorityReason", "validation.priorityReasonRequired");
        }
        return p.toList();
    }

    public District withMeta(RecordMeta newMeta) {
        return new District(newMeta, name, mainArea, kind, households, latitude, longitude, safetyIndex,
                burglaries12Months, priority, priorityReason);
    }
}
