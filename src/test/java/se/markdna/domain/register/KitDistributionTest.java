package se.markdna.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;

class KitDistributionTest {

    static final LocalDate DATE = LocalDate.of(2019, 3, 1);

    static KitDistribution kit(int delivered, int handedOut, Integer registered, LocalDate expires) {
        return new KitDistribution(RecordMeta.NEW, 1, DATE, "SelectaDNA", delivered, handedOut, registered,
                "LU-2019-00421 – LU-2019-00480", expires);
    }

    @Test
    void aSensibleDeliveryIsValid() {
        assertThat(kit(60, 60, 60, DATE.plusMonths(12)).validate()).isEmpty();
        assertThat(kit(60, 40, null, null).validate()).isEmpty();
    }

    @Test
    void handedOutCannotExceedDelivered() {
        assertThat(kit(60, 61, null, null).validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("kitsHandedOut", "validation.handedOutExceedsDelivered"));
    }

    @Test
    void registeredCannotExceedHandedOut() {
        assertThat(kit(60, 40, 41, null).validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("kitsRegistered", "validation.registeredExceedsHandedOut"));
        assertThat(kit(60, 40, 40, null).validate()).isEmpty();
    }

    @Test
    void expiryIsNotBeforeTheDelivery() {
        assertThat(kit(1, 1, null, DATE.minusDays(1)).validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("expires", "validation.expiresBeforeDate"));
        assertThat(kit(1, 1, null, DATE).validate()).isEmpty();
    }

    @Test
    void dateAndSupplierRequiredAndCountsNonNegative() {
        KitDistribution k = new KitDistribution(RecordMeta.NEW, 1, null, " ", -1, -1, -1, null, null);
        assertThat(k.validate()).extracting(Problem::field)
                .contains("date", "supplier", "kitsDelivered", "kitsHandedOut", "kitsRegistered");
    }

    @Test
    void defaultExpiryIsDeliveryPlusShelfLife() {
        assertThat(KitDistribution.defaultExpiry(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(KitDistribution.defaultExpiry(null, 12)).isNull();
    }
}
