package se.markdna.domain.sprayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SprayerConditionTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate OVERDUE = TODAY.minusDays(10);
    static final LocalDate FAR = TODAY.plusYears(1);

    static SprayerCondition of(SprayerStatus stored, LocalDate next, LocalDate expiry, boolean triggered) {
        return SprayerCondition.of(stored, next, expiry, triggered, TODAY, 30);
    }

    @Test
    void userSetStatusesBeatEverything() {
        assertThat(of(SprayerStatus.REMOVED, OVERDUE, OVERDUE, true).status()).isEqualTo(SprayerStatus.REMOVED);
        assertThat(of(SprayerStatus.OUT_OF_SERVICE, OVERDUE, OVERDUE, true).status())
                .isEqualTo(SprayerStatus.OUT_OF_SERVICE);
    }

    @Test
    void triggeredBeatsServiceDue() {
        assertThat(of(SprayerStatus.ACTIVE, OVERDUE, OVERDUE, true).status()).isEqualTo(SprayerStatus.TRIGGERED);
    }

    @Test
    void overdueOrExpiredIsServiceDue() {
        assertThat(of(SprayerStatus.ACTIVE, OVERDUE, FAR, false).status()).isEqualTo(SprayerStatus.SERVICE_DUE);
        assertThat(of(SprayerStatus.ACTIVE, FAR, OVERDUE, false).status()).isEqualTo(SprayerStatus.SERVICE_DUE);
    }

    @Test
    void otherwiseActive() {
        assertThat(of(SprayerStatus.ACTIVE, FAR, FAR, false).status()).isEqualTo(SprayerStatus.ACTIVE);
        // due soon is not yet "service due"
        assertThat(of(SprayerStatus.ACTIVE, TODAY.plusDays(5), FAR, false).status()).isEqualTo(SprayerStatus.ACTIVE);
        assertThat(of(null, FAR, FAR, false).status()).isEqualTo(SprayerStatus.ACTIVE);
    }

    @Test
    void needsAttention() {
        assertThat(of(SprayerStatus.ACTIVE, FAR, FAR, false).needsAttention()).isFalse();
        assertThat(of(SprayerStatus.ACTIVE, TODAY.plusDays(5), FAR, false).needsAttention()).isTrue();
        assertThat(of(SprayerStatus.ACTIVE, OVERDUE, FAR, false).needsAttention()).isTrue();
        assertThat(of(SprayerStatus.ACTIVE, FAR, OVERDUE, false).needsAttention()).isTrue();
        assertThat(of(SprayerStatus.ACTIVE, FAR, FAR, true).needsAttention()).isTrue();
        assertThat(of(SprayerStatus.REMOVED, OVERDUE, OVERDUE, true).needsAttention()).isFalse();
        assertThat(of(SprayerStatus.OUT_OF_SERVICE, OVERDUE, OVERDUE, true).needsAttention()).isFalse();
    }

    @Test
    void figuresAreCarried() {
        SprayerCondition c = of(SprayerStatus.ACTIVE, OVERDUE, TODAY.minusDays(1), false);
        assertThat(c.serviceState()).isEqualTo(DueState.OVERDUE);
        assertThat(c.cartridgeExpired()).isTrue();
        assertThat(c.nextService()).isEqualTo(OVERDUE);
    }
}
