package se.markdna.domain.sprayer;

import java.time.LocalDate;
import java.util.List;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;

/**
 * A DNA sprayer (DNA-spruta) mounted at a property. Serial and solution code are unique across
 * the register; that is checked against the stored sprayers by the service, not here.
 */
public record Sprayer(
        RecordMeta meta,
        long propertyId,
        Placement placement,
        String location,
        String make,
        String model,
        String serial,
        String solutionCode,
        Trigger trigger,
        LocalDate installedOn,
        String installer,
        LocalDate cartridgeFilledOn,
        int serviceIntervalMonths,
        LocalDate lastServiceOn,
        boolean warningSign,
        SprayerStatus status,
        String notes) implements Entity {

    public static final int MIN_INTERVAL = 1;
    public static final int MAX_INTERVAL = 60;

    /** Validates against {@code today}: dates in the future are typing errors. */
    public List<Problem> validate(LocalDate today) {
        Problems p = new Problems()
                .required("placement", placement)
                .maxLength("location", location, 200)
                .maxLength("make", make, 100)
                .maxLength("model", model, 100)
                .required("serial", serial)
                .maxLength("serial", serial, 60)
                .required("solutionCode", solutionCode)
                .maxLength("solutionCode", solutionCode, 60)
                .required("trigger", trigger)
                .required("installedOn", installedOn)
                .maxLength("installer", installer, 200)
                .between("serviceIntervalMonths", serviceIntervalMonths, MIN_INTERVAL, MAX_INTERVAL)
                .required("status", status)
                .maxLength("notes", notes, 4000)
                .notAfter("installedOn", installedOn, today, "validation.dateInFuture")
                .notAfter("cartridgeFilledOn", cartridgeFilledOn, today, "validation.dateInFuture")
                .notAfter("lastServiceOn", lastServiceOn, today, "validation.dateInFuture");
        if (installedOn != null && lastServiceOn != null && lastServiceOn.isBefore(installedOn)) {
            p.add("lastServiceOn", "validation.serviceBeforeInstall");
        }
        return p.toList();
    }

    @Override
    public List<Problem> validate() {
        return validate(LocalDate.now());
    }

    public LocalDate nextService() {
        return ServiceRules.nextService(installedOn, lastServiceOn, serviceIntervalMonths);
    }

    public Sprayer withMeta(RecordMeta newMeta) {
        return new Sprayer(newMeta, propertyId, placement, location, make, model, serial, solutionCode, trigger,
                installedOn, installer, cartridgeFilledOn, serviceIntervalMonths, lastServiceOn, warningSign, status,
                notes);
    }

    public Sprayer withService(LocalDate servicedOn) {
        return new Sprayer(meta, propertyId, placement, location, make, model, serial, solutionCode, trigger,
                installedOn, installer, cartridgeFilledOn, serviceIntervalMonths, servicedOn, warningSign, status,
                notes);
    }

    public Sprayer withCartridgeFilled(LocalDate filledOn) {
        return new Sprayer(meta, propertyId, placement, location, make, model, serial, solutionCode, trigger,
                installedOn, installer, filledOn, serviceIntervalMonths, lastServiceOn, warningSign, status, notes);
    }

    public Sprayer withLocation(String newLocation) {
        return new Sprayer(meta, propertyId, placement, newLocation, make, model, serial, solutionCode, trigger,
                installedOn, installer, cartridgeFilledOn, serviceIntervalMonths, lastServiceOn, warningSign, status,
                notes);
    }

    public Sprayer withStatus(SprayerStatus newStatus) {
        return new Sprayer(meta, propertyId, placement, location, make, model, serial, solutionCode, trigger,
                installedOn, installer, cartridgeFilledOn, serviceIntervalMonths, lastServiceOn, warningSign,
                newStatus, notes);
    }
}
