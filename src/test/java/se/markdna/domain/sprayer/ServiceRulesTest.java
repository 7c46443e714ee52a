package se.markdna.domain.sprayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.settings.Settings;

class ServiceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final int HORIZON = 30;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static SprayerEvent ev(EventKind kind, String date) {
        return new SprayerEvent(RecordMeta.NEW, 1, d(date), kind, null, null, null);
    }

    @Test
    void nextServiceCountsFromInstallationWhenNeverServiced() {
        assertThat(ServiceRules.nextService(d("2024-03-10"), null, 12)).isEqualTo(d("2025-03-10"));
    }

    @Test
    void nextServiceCountsFromTheLastService() {
        assertThat(ServiceRules.nextService(d("2024-03-10"), d("2024-11-02"), 12)).isEqualTo(d("2025-11-02"));
        assertThat(ServiceRules.nextService(d("2024-03-10"), d("2024-11-02"), 6)).isEqualTo(d("2025-05-02"));
        assertThat(ServiceRules.nextService(null, null, 12)).isNull();
    }

    @Test
    void dueStateAtItsBoundaries() {
        assertThat(ServiceRules.dueState(TODAY.minusDays(1), TODAY, HORIZON)).isEqualTo(DueState.OVERDUE);
        assertThat(ServiceRules.dueState(TODAY, TODAY, HORIZON)).isEqualTo(DueState.DUE_SOON);
        assertThat(ServiceRules.dueState(TODAY.plusDays(1), TODAY, HORIZON)).isEqualTo(DueState.DUE_SOON);
        assertThat(ServiceRules.dueState(TODAY.plusDays(HORIZON), TODAY, HORIZON)).isEqualTo(DueState.DUE_SOON);
        assertThat(ServiceRules.dueState(TODAY.plusDays(HORIZON + 1), TODAY, HORIZON)).isEqualTo(DueState.OK);
        assertThat(ServiceRules.dueState(null, TODAY, HORIZON)).isEqualTo(DueState.OK);
    }

    @Test
    void zeroHorizonMakesOnlyTheDayItselfDueSoon() {
        assertThat(ServiceRules.dueState(TODAY, TODAY, 0)).isEqualTo(DueState.DUE_SOON);
        assertThat(ServiceRules.dueState(TODAY.plusDays(1), TODAY, 0)).isEqualTo(DueState.OK);
    }

    @Test
    void monthEndsAndLeapDays() {
        assertThat(ServiceRules.nextService(d("2024-01-31"), null, 1)).isEqualTo(d("2024-02-29"));
        assertThat(ServiceRules.nextService(d("2023-01-31"), null, 1)).isEqualTo(d("2023-02-28"));
        assertThat(ServiceRules.nextService(d("2023-02-28"), null, 12)).isEqualTo(d("2024-02-28"));
        assertThat(ServiceRules.nextService(d("2024-02-29"), null, 12)).isEqualTo(d("2025-02-28"));
        assertThat(ServiceRules.nextService(d("2024-02-29"), null, 48)).isEqualTo(d("2028-02-29"));
    }

    @Test
    void cartridgeExpiryWithoutRefillIsTheEarlierOfShelfAndInService() {
        // shelf life 60 months from filling, 24 in service from installation
        assertThat(ServiceRules.cartridgeExpiry(d("2020-01-01"), d("2024-01-01"), null, 60, 24))
                .isEqualTo(d("2025-01-01")); // shelf: 2025-01-01 < in service: 2026-01-01
        assertThat(ServiceRules.cartridgeExpiry(d("2023-12-01"), d("2024-01-01"), null, 60, 24))
                .isEqualTo(d("2026-01-01")); // in service earlier than shelf 2028-12-01
    }

    @Test
    void aRefillRestartsTheInServiceLife() {
        assertThat(ServiceRules.cartridgeExpiry(d("2025-03-01"), d("2024-01-01"), d("2025-03-01"), 60, 24))
                .isEqualTo(d("2027-03-01"));
        // a refill older than the installation does not count
        assertThat(ServiceRules.cartridgeExpiry(d("2023-12-01"), d("2024-01-01"), d("2023-06-01"), 60, 24))
                .isEqualTo(d("2026-01-01"));
    }

    @Test
    void cartridgeExpiryWithDefaultSettings() {
        Settings s = Settings.defaults();
        assertThat(ServiceRules.cartridgeExpiry(d("2023-12-01"), d("2024-01-01"), null, s))
                .isEqualTo(d("2024-01-01").plusMonths(s.cartridgeInServiceMonths()));
        assertThat(ServiceRules.cartridgeExpiry(null, null, null, s)).isNull();
        assertThat(ServiceRules.cartridgeExpiry(d("2023-12-01"), null, null, s))
                .isEqualTo(d("2023-12-01").plusMonths(s.cartridgeShelfLifeMonths()));
    }

    @Test
    void expiredTheDayAfterExpiryNotOnIt() {
        assertThat(ServiceRules.cartridgeExpired(TODAY, TODAY)).isFalse();
        assertThat(ServiceRules.cartridgeExpired(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(ServiceRules.cartridgeExpired(TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(ServiceRules.cartridgeExpired(null, TODAY)).isFalse();
    }

    @Test
    void anActivationWithoutRefillTriggers() {
        assertThat(ServiceRules.triggered(List.of())).isFalse();
        assertThat(ServiceRules.triggered(List.of(ev(EventKind.SERVICED, "2025-01-01")))).isFalse();
        assertThat(ServiceRules.triggered(List.of(ev(EventKind.ACTIVATED, "2025-02-01")))).isTrue();
    }

    @Test
    void aRefillAfterOrOnTheDayClearsIt() {
        assertThat(ServiceRules.triggered(List.of(ev(EventKind.ACTIVATED, "2025-02-01"),
                ev(EventKind.REFILLED, "2025-02-03")))).isFalse();
        assertThat(ServiceRules.triggered(List.of(ev(EventKind.REFILLED, "2025-02-01"),
                ev(EventKind.ACTIVATED, "2025-02-01")))).isFalse();
    }

    @Test
    void aRefillBeforeTheActivationDoesNot() {
        assertThat(ServiceRules.triggered(List.of(ev(EventKind.REFILLED, "2025-01-20"),
                ev(EventKind.ACTIVATED, "2025-02-01")))).isTrue();
        // a second activation after a refill triggers again
        assertThat(ServiceRules.triggered(List.of(ev(EventKind.ACTIVATED, "2025-01-01"),
                ev(EventKind.REFILLED, "2025-01-05"), ev(EventKind.ACTIVATED, "2025-03-01")))).isTrue();
    }
}
