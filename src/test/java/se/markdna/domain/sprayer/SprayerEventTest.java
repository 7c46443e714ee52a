package se.markdna.domain.sprayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;

class SprayerEventTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static SprayerEvent event(EventKind kind, String caseNumber, String note) {
        return new SprayerEvent(RecordMeta.NEW, 1, TODAY.minusDays(2), kind, caseNumber, new BigDecimal("1500"), note);
    }

    @Test
    void policeCaseNumberFormat() {
        assertThat(PoliceCaseNumber.isValid("5000-K123456-19")).isTrue();
        assertThat(PoliceCaseNumber.isValid("5000-123456-19")).isFalse();
        assertThat(PoliceCaseNumber.isValid("5000-K123456-2019")).isFalse();
        assertThat(event(EventKind.ACTIVATED, "5000-K123456-19", null).validate(TODAY)).isEmpty();
        assertThat(event(EventKind.ACTIVATED, "5000-123456-19", null).validate(TODAY))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("policeCaseNumber", "validation.policeCaseNumber"));
    }

    @Test
    void aCaseNumberBelongsOnlyToAnActivation() {
        assertThat(event(EventKind.SERVICED, "5000-K123456-19", null).validate(TODAY))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("policeCaseNumber", "validation.policeCaseNumberOnlyForActivation"));
        assertThat(event(EventKind.SERVICED, null, null).validate(TODAY)).isEmpty();
    }

    @Test
    void aMoveNeedsANoteSayingWhere() {
        assertThat(event(EventKind.MOVED, null, null).validate(TODAY)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("note", "validation.movedNeedsLocation"));
        assertThat(event(EventKind.MOVED, null, " ").validate(TODAY)).extracting(Problem::field)
                .containsExactly("note");
        assertThat(event(EventKind.MOVED, null, "Sunnanväg 14 UV").validate(TODAY)).isEmpty();
    }

    @Test
    void dateRequiredNotInTheFutureCostNotNegative() {
        SprayerEvent future = new SprayerEvent(RecordMeta.NEW, 1, TODAY.plusDays(1), EventKind.SERVICED, null,
                new BigDecimal("-1"), null);
        assertThat(future.validate(TODAY)).extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(tuple("date", "validation.dateInFuture"), tuple("cost", "validation.negative"));
        SprayerEvent noDate = new SprayerEvent(RecordMeta.NEW, 1, null, null, null, null, null);
        assertThat(noDate.validate(TODAY)).extracting(Problem::field).containsExactlyInAnyOrder("date", "kind");
        SprayerEvent onTheDay = new SprayerEvent(RecordMeta.NEW, 1, TODAY, EventKind.SERVICED, null, BigDecimal.ZERO,
                null);
        assertThat(onTheDay.validate(TODAY)).isEmpty();
    }
}
