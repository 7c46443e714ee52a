package se.markdna.service;

import se.markdna.domain.register.PropertyStatus;

/**
 * What a bulk edit sets on every selected property; a null field is left as it is. Programme
 * phase uses {@link #clearPhase} to tell "set to empty" apart from "leave".
 */
public record BulkChange(PropertyStatus status, String programmePhase, boolean clearPhase, Long organisationId,
        Long districtId) {

    public static BulkChange status(PropertyStatus s) {
        return new BulkChange(s, null, false, null, null);
    }

    public boolean isEmpty() {
        return status == null && programmePhase == null && !clearPhase && organisationId == null && districtId == null;
    }
}
