package se.markdna.domain.sprayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;

class SprayerTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static Sprayer sprayer(int interval, LocalDate installed, LocalDate filled, LocalDate lastService) {
        return new Sprayer(RecordMeta.NEW, 1, Placement.BASEMENT, "Sunnanväg 12 UH", "SelectaDNA", "Spray 2",
                "SN-0001", "SOL-0001", Trigger.DOOR_CONTACT, installed, "Lås & Larm AB", filled, interval,
                lastService, true, SprayerStatus.ACTIVE, null);
    }

    static Sprayer valid() {
        return sprayer(12, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 5), LocalDate.of(2025, 1, 12));
    }

    @Test
    void aCompleteSprayerIsValid() {
        assertThat(valid().validate(TODAY)).isEmpty();
    }

    @Test
    void serviceIntervalIsOneToSixtyMonths() {
        LocalDate inst = LocalDate.of(2024, 1, 10);
        assertThat(sprayer(0, inst, null, null).validate(TODAY)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("serviceIntervalMonths", "validation.range"));
        assertThat(sprayer(1, inst, null, null).validate(TODAY)).isEmpty();
        assertThat(sprayer(60, inst, null, null).validate(TODAY)).isEmpty();
        assertThat(sprayer(61, inst, null, null).validate(TODAY)).extracting(Problem::field)
                .containsExactly("serviceIntervalMonths");
    }

    @Test
    void lastServiceCannotBeBeforeInstallation() {
        LocalDate inst = LocalDate.of(2024, 1, 10);
        assertThat(sprayer(12, inst, null, inst.minusDays(1)).validate(TODAY))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("lastServiceOn", "validation.serviceBeforeInstall"));
        assertThat(sprayer(12, inst, null, inst).validate(TODAY)).isEmpty();
    }

    @Test
    void datesInTheFutureAreRefusedRelativeToTheGivenDay() {
        assertThat(sprayer(12, TODAY, TODAY, TODAY).validate(TODAY)).isEmpty();
        LocalDate tomorrow = TODAY.plusDays(1);
        assertThat(sprayer(12, tomorrow, tomorrow, tomorrow).validate(TODAY))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(tuple("installedOn", "validation.dateInFuture"),
                        tuple("cartridgeFilledOn", "validation.dateInFuture"),
                        tuple("lastServiceOn", "validation.dateInFuture"));
        // the same record is fine a day later
        assertThat(sprayer(12, tomorrow, tomorrow, tomorrow).validate(tomorrow)).isEmpty();
    }

    @Test
    void requiredFields() {
        Sprayer s = new Sprayer(RecordMeta.NEW, 1, null, null, null, null, " ", null, null, null, null, null, 12, null,
                false, null, null);
        assertThat(s.validate(TODAY)).extracting(Problem::field)
                .containsExactlyInAnyOrder("placement", "serial", "solutionCode", "trigger", "installedOn", "status");
    }

    @Test
    void validateReturnsAllProblems() {
        Sprayer s = sprayer(0, LocalDate.of(2024, 1, 10), TODAY.plusDays(3), LocalDate.of(2023, 1, 1));
        assertThat(s.validate(TODAY)).extracting(Problem::field)
                .containsExactlyInAnyOrder("serviceIntervalMonths", "cartridgeFilledOn", "lastServiceOn");
    }

    @Test
    void storedStatusCollapsesDerivedOnes() {
        assertThat(SprayerStatus.TRIGGERED.stored()).isEqualTo(SprayerStatus.ACTIVE);
        assertThat(SprayerStatus.SERVICE_DUE.stored()).isEqualTo(SprayerStatus.ACTIVE);
        assertThat(SprayerStatus.REMOVED.stored()).isEqualTo(SprayerStatus.REMOVED);
        assertThat(SprayerStatus.OUT_OF_SERVICE.stored()).isEqualTo(SprayerStatus.OUT_OF_SERVICE);
    }
}
