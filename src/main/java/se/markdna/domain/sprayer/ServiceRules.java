package se.markdna.domain.sprayer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import se.markdna.domain.settings.Settings;

/**
 * The service-life rules of DOMAIN.md as pure functions. Month arithmetic is {@link
 * LocalDate#plusMonths}: a date past the end of the target month is clamped to its last day
 * (2024-01-31 + 1 month = 2024-02-29), which is what an installer reading a calendar expects.
 */
public final class ServiceRules {

    private ServiceRules() {
    }

    /** Last service (or the installation when never serviced) plus the interval. */
    public static LocalDate nextService(LocalDate installedOn, LocalDate lastServiceOn, int intervalMonths) {
        LocalDate base = lastServiceOn != null ? lastServiceOn : installedOn;
        return base == null ? null : base.plusMonths(intervalMonths);
    }

    /** Overdue once the due date has passed; due soon from {@code horizonDays} before it, the day itself included. */
    public static DueState dueState(LocalDate due, LocalDate today, int horizonDays) {
        if (due == null) {
            return DueState.OK;
        }
        if (due.isBefore(today)) {
            return DueState.OVERDUE;
        }
        if (!due.isAfter(today.plusDays(horizonDays))) {
            return DueState.DUE_SOON;
        }
        return DueState.OK;
    }

    /**
     * The earlier of the cartridge's shelf life from filling and its in-service life from when it
     * went into service (installation, or the latest refill).
     */
    public static LocalDate cartridgeExpiry(LocalDate filledOn, LocalDate installedOn, LocalDate lastRefillOn,
            int shelfLifeMonths, int inServiceMonths) {
        LocalDate inServiceSince = latest(installedOn, lastRefillOn);
        LocalDate byShelf = filledOn == null ? null : filledOn.plusMonths(shelfLifeMonths);
        LocalDate byService = inServiceSince == null ? null : inServiceSince.plusMonths(inServiceMonths);
        return earliest(byShelf, byService);
    }

    public static LocalDate cartridgeExpiry(LocalDate filledOn, LocalDate installedOn, LocalDate lastRefillOn,
            Settings settings) {
        return cartridgeExpiry(filledOn, installedOn, lastRefillOn, settings.cartridgeShelfLifeMonths(),
                settings.cartridgeInServiceMonths());
    }

    /** Expired the day after its expiry date. */
    public static boolean cartridgeExpired(LocalDate expiry, LocalDate today) {
        return expiry != null && expiry.isBefore(today);
    }

    /**
     * Triggered when an activation has no refill on or after its date. A refill on the same day
     * counts as after it: nobody refills a cartridge before it has been used.
     */
    public static boolean triggered(Collection<SprayerEvent> events) {
        Optional<LocalDate> lastActivation = lastOf(events, EventKind.ACTIVATED);
        if (lastActivation.isEmpty()) {
            return false;
        }
        Optional<LocalDate> lastRefill = lastOf(events, EventKind.REFILLED);
        return lastRefill.isEmpty() || lastRefill.get().isBefore(lastActivation.get());
    }

    public static Optional<LocalDate> lastOf(Collection<SprayerEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind && e.date() != null)
                .map(SprayerEvent::date).max(LocalDate::compareTo);
    }

    static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }

    static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
