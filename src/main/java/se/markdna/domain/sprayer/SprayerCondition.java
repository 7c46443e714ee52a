package se.markdna.domain.sprayer;

import java.time.LocalDate;

/**
 * Everything derived about a sprayer on a given day: the figures the table, the Service due view
 * and the start-up notice show.
 */
public record SprayerCondition(
        LocalDate nextService,
        DueState serviceState,
        LocalDate cartridgeExpiry,
        boolean cartridgeExpired,
        boolean triggered,
        SprayerStatus status) {

    /**
     * @param storedStatus what the user set (ACTIVE, OUT_OF_SERVICE or REMOVED)
     */
    public static SprayerCondition of(SprayerStatus storedStatus, LocalDate nextService, LocalDate cartridgeExpiry,
            boolean triggered, LocalDate today, int horizonDays) {
        DueState due = ServiceRules.dueState(nextService, today, horizonDays);
        boolean expired = ServiceRules.cartridgeExpired(cartridgeExpiry, today);
        SprayerStatus shown;
        if (storedStatus != null && storedStatus.isSetByUser()) {
            shown = storedStatus;
        } else if (triggered) {
            shown = SprayerStatus.TRIGGERED;
        } else if (due == DueState.OVERDUE || expired) {
            shown = SprayerStatus.SERVICE_DUE;
        } else {
            shown = SprayerStatus.ACTIVE;
        }
        return new SprayerCondition(nextService, due, cartridgeExpiry, expired, triggered, shown);
    }

    /** In service and needing an installer: what the Service due list holds. */
    public boolean needsAttention() {
        if (status == SprayerStatus.REMOVED || status == SprayerStatus.OUT_OF_SERVICE) {
            return false;
        }
        return serviceState != DueState.OK || cartridgeExpired || triggered;
    }
}
