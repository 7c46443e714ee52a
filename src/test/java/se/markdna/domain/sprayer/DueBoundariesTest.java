package se.markdna.domain.sprayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The days where an off-by-one would show: due today, due tomorrow, the last day of the warning
 * horizon, month ends, leap days and year ends — through the rules the table, the Service due list
 * and the start-up notice all use.
 */
class DueBoundariesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "due {0}, today {1}, horizon {2}: {3}")
    @CsvSource({
        // due today is due soon, never overdue, whatever the horizon
        "2025-06-15, 2025-06-15, 30, DUE_SOON",
        "2025-06-15, 2025-06-15, 0, DUE_SOON",
        // due tomorrow: due soon with any horizon of a day or more; fine with none
        "2025-06-16, 2025-06-15, 1, DUE_SOON",
        "2025-06-16, 2025-06-15, 0, OK",
        // due yesterday: overdue
        "2025-06-14, 2025-06-15, 30, OVERDUE",
        // tomorrow across a month end, a leap day and a year end
        "2025-07-01, 2025-06-30, 1, DUE_SOON",
        "2024-02-29, 2024-02-28, 1, DUE_SOON",
        "2024-03-01, 2024-02-29, 1, DUE_SOON",
        "2026-01-01, 2025-12-31, 1, DUE_SOON",
        "2025-12-31, 2026-01-01, 30, OVERDUE",
        // today is a leap day
        "2024-02-28, 2024-02-29, 30, OVERDUE",
        "2024-02-29, 2024-02-29, 30, DUE_SOON",
        // the horizon's last day counts, the day after it does not; February's length matters
        "2024-03-01, 2024-02-01, 29, DUE_SOON",
        "2024-03-02, 2024-02-01, 29, OK",
        "2023-03-02, 2023-02-01, 29, DUE_SOON",
        "2023-03-03, 2023-02-01, 29, OK",
        "2026-01-14, 2025-12-15, 30, DUE_SOON",
        "2026-01-15, 2025-12-15, 30, OK"
    })
    void dueStateOnTheEdges(LocalDate due, LocalDate today, int horizon, DueState expected) {
        assertThat(ServiceRules.dueState(due, today, horizon)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "serviced {0} + {1} months = {2}")
    @CsvSource({
        "2025-08-31, 6, 2026-02-28",
        "2023-08-31, 6, 2024-02-29",
        "2025-03-31, 1, 2025-04-30",
        "2025-12-31, 2, 2026-02-28",
        "2024-02-29, 1, 2024-03-29",
        "2024-02-29, 60, 2029-02-28",
        "2025-01-31, 13, 2026-02-28",
        "2025-06-15, 60, 2030-06-15"
    })
    void nextServiceAtMonthEnds(LocalDate servicedOn, int months, LocalDate expected) {
        assertThat(ServiceRules.nextService(d("2020-01-01"), servicedOn, months)).isEqualTo(expected);
    }

    @Test
    void aSprayerInstalledOnALeapDayIsDueOnTheLastDayOfFebruaryAndOverdueOnTheFirstOfMarch() {
        LocalDate next = ServiceRules.nextService(d("2024-02-29"), null, 12);
        assertThat(next).isEqualTo(d("2025-02-28"));
        SprayerCondition onTheDay = SprayerCondition.of(SprayerStatus.ACTIVE, next, null, false, d("2025-02-28"), 30);
        SprayerCondition dayAfter = SprayerCondition.of(SprayerStatus.ACTIVE, next, null, false, d("2025-03-01"), 30);
        assertThat(onTheDay.serviceState()).isEqualTo(DueState.DUE_SOON);
        assertThat(onTheDay.status()).isEqualTo(SprayerStatus.ACTIVE);
        assertThat(onTheDay.needsAttention()).isTrue();
        assertThat(dayAfter.serviceState()).isEqualTo(DueState.OVERDUE);
        assertThat(dayAfter.status()).isEqualTo(SprayerStatus.SERVICE_DUE);
    }

    @Test
    void aCartridgeFilledOnALeapDayExpiresAtTheEndOfFebruaryAndIsExpiredTheDayAfter() {
        LocalDate expiry = ServiceRules.cartridgeExpiry(d("2024-02-29"), d("2024-02-29"), null, 60, 60);
        assertThat(expiry).isEqualTo(d("2029-02-28"));
        assertThat(ServiceRules.cartridgeExpired(expiry, d("2029-02-28"))).isFalse();
        assertThat(ServiceRules.cartridgeExpired(expiry, d("2029-03-01"))).isTrue();
    }

    @Test
    void theHorizonsLastDayIsOnTheListAndTheDayAfterIsNot() {
        LocalDate today = d("2025-06-15");
        SprayerCondition last = SprayerCondition.of(SprayerStatus.ACTIVE, today.plusDays(30), null, false, today, 30);
        SprayerCondition beyond = SprayerCondition.of(SprayerStatus.ACTIVE, today.plusDays(31), null, false, today,
                30);
        assertThat(last.needsAttention()).isTrue();
        assertThat(beyond.needsAttention()).isFalse();
    }

    @Test
    void anActivationAndARefillOnTheSameDayLeaveTheSprayerUntriggered() {
        var activated = new SprayerEvent(se.markdna.domain.RecordMeta.NEW, 1, d("2024-02-29"), EventKind.ACTIVATED,
                "5000-K123456-24", null, null);
        var refilled = new SprayerEvent(se.markdna.domain.RecordMeta.NEW, 1, d("2024-02-29"), EventKind.REFILLED,
                null, null, null);
        assertThat(ServiceRules.triggered(java.util.List.of(activated))).isTrue();
        assertThat(ServiceRules.triggered(java.util.List.of(refilled, activated))).isFalse();
    }

    @Test
    void anEventOnTodayIsAcceptedAndTomorrowIsNot() {
        LocalDate today = d("2024-02-29");
        var onToday = new SprayerEvent(se.markdna.domain.RecordMeta.NEW, 1, today, EventKind.SERVICED, null, null,
                null);
        var tomorrow = new SprayerEvent(se.markdna.domain.RecordMeta.NEW, 1, today.plusDays(1), EventKind.SERVICED,
                null, null, null);
        assertThat(onToday.validate(today)).isEmpty();
        assertThat(tomorrow.validate(today)).extracting(se.markdna.domain.Problem::field).containsExactly("date");
    }
}
