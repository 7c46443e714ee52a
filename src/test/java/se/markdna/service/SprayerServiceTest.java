package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.persistence.Database;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class SprayerServiceTest {

    @Parameter
    Dialect dialect;

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    AppServices services;
    SprayerService sprayers;
    long propertyId;

    @BeforeEach
    void setUp() {
        services = new AppServices(TestDatabases.open(dialect, dir), () -> "installatör", CLOCK);
        sprayers = services.sprayers();
        District d = services.register().saveDistrict(new District(RecordMeta.NEW, "Norra Fäladen", MainArea.NORR,
                DistrictKind.CITY_DISTRICT, 5000, 55.7225, 13.1960, 2.4, 40, false, null));
        Property p = services.register().saveProperty(new Property(RecordMeta.NEW, "Lund Sunnanvinden 3", null,
                "Sunnanväg 12", "224 55", "Lund", d.id(), null, null, null, null, BuildingType.BLOCK_OF_FLATS, 300, 2, 300,
                false, null, PropertyStatus.ACTIVE, null));
        propertyId = p.id();
    }

    Sprayer sprayer(String serial, String code) {
        // installed 2024-01-31, cartridge filled 2024-01-20, never serviced
        return new Sprayer(RecordMeta.NEW, propertyId, Placement.BASEMENT, "Sunnanväg 12 UH", "SelectaDNA", "Intruder",
                serial, code, Trigger.DOOR_CONTACT, LocalDate.of(2024, 1, 31), "Lås & Larm AB", LocalDate.of(2024, 1, 20),
                12, null, true, SprayerStatus.ACTIVE, null);
    }

    SprayerEvent event(Sprayer s, LocalDate date, EventKind kind, String caseNumber, String note) {
        return new SprayerEvent(RecordMeta.NEW, s.id(), date, kind, caseNumber, new BigDecimal("1500"), note);
    }

    @Test
    void derivedFiguresAreStoredOnSave() {
        Sprayer s = sprayers.save(sprayer("SN-1", "SOL-1"));
        SprayerSummary sum = sprayers.summary(s.id());
        assertThat(sum.nextService()).isEqualTo(LocalDate.of(2025, 1, 31)); // overdue on TODAY
        assertThat(sum.cartridgeExpires()).isEqualTo(LocalDate.of(2026, 1, 31)); // 24 months in service
        assertThat(sum.triggered()).isFalse();
        assertThat(sprayers.attentionCounts().overdue()).isEqualTo(1);
        assertThat(sprayers.serviceDue()).extracting(SprayerSummary::id).containsExactly(s.id());
    }

    @Test
    void duplicateSerialAndSolutionCodeAreRefusedFieldByField() {
        sprayers.save(sprayer("SN-1", "SOL-1"));
        assertThatThrownBy(() -> sprayers.save(sprayer("sn-1", "SOL-2")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(tuple("serial", "validation.uniqueSerial")));
        assertThatThrownBy(() -> sprayers.save(sprayer("SN-2", "SOL-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(tuple("solutionCode", "validation.uniqueSolutionCode")));
        assertThatThrownBy(() -> sprayers.save(sprayer("SN-1", "SOL-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("serial", "solutionCode"));
        assertThat(sprayers.summaries()).hasSize(1);
    }

    @Test
    void aFutureInstallationDateIsRefusedAgainstTheClock() {
        Sprayer future = new Sprayer(RecordMeta.NEW, propertyId, Placement.BASEMENT, null, null, null, "SN-9", "SOL-9",
                Trigger.MOTION, TODAY.plusDays(1), null, null, 12, null, false, SprayerStatus.ACTIVE, null);
        assertThatThrownBy(() -> sprayers.save(future)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("installedOn"));
        Sprayer today = new Sprayer(RecordMeta.NEW, propertyId, Placement.BASEMENT, null, null, null, "SN-9", "SOL-9",
                Trigger.MOTION, TODAY, null, null, 12, null, false, SprayerStatus.ACTIVE, null);
        assertThat(sprayers.save(today).id()).isNotNull();
    }

    @Test
    void aServiceMovesTheLastServiceAndTheStoredNextService() {
        Sprayer s = sprayers.save(sprayer("SN-1", "SOL-1"));
        Sprayer after = sprayers.recordEvent(s, event(s, LocalDate.of(2025, 6, 1), EventKind.SERVICED, null, null));
        assertThat(after.lastServiceOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(sprayers.sprayer(s.id()).orElseThrow().lastServiceOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(sprayers.summary(s.id()).nextService()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(sprayers.attentionCounts().overdue()).isZero();
    }

    @Test
    void anActivationTriggersAndARefillClearsItAndMovesTheCartridgeExpiry() {
        Sprayer s = sprayers.save(sprayer("SN-1", "SOL-1"));
        assertThat(sprayers.attentionCounts().triggered()).isZero();

        s = sprayers.recordEvent(s, event(s, LocalDate.of(2025, 6, 8), EventKind.ACTIVATED, "5000-K123456-25",
                "inbrott i källaren"));
        assertThat(sprayers.attentionCounts().triggered()).isEqualTo(1);
        assertThat(sprayers.summary(s.id()).triggered()).isTrue();
        assertThat(sprayers.summary(s.id()).condition(TODAY, 30).status()).isEqualTo(SprayerStatus.TRIGGERED);

        s = sprayers.recordEvent(s, event(s, LocalDate.of(2025, 6, 10), EventKind.REFILLED, null, null));
        assertThat(sprayers.attentionCounts().triggered()).isZero();
        SprayerSummary sum = sprayers.summary(s.id());
        assertThat(sum.triggered()).isFalse();
        assertThat(s.cartridgeFilledOn()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(sum.cartridgeExpires()).isEqualTo(LocalDate.of(2027, 6, 10));
    }

    @Test
    void aCaseNumberOnANonActivationIsRefusedAndNothingIsWritten() {
        Sprayer s = sprayers.save(sprayer("SN-1", "SOL-1"));
        assertThatThrownBy(() -> sprayers.recordEvent(s, event(s, LocalDate.of(2025, 6, 1), EventKind.SERVICED,
                "5000-K123456-25", null))).isInstanceOf(ValidationException.class);
        assertThat(sprayers.events(s.id())).isEmpty();
    }

    @Test
    void aRemovalSetsTheStatus() {
        Sprayer s = sprayers.save(sprayer("SN-1", "SOL-1"));
        Sprayer after = sprayers.recordEvent(s, event(s, LocalDate.of(2025, 6, 14), EventKind.REMOVED, null,
                "nedmonterad"));
        assertThat(after.status()).isEqualTo(SprayerStatus.REMOVED);
        assertThat(sprayers.sprayer(s.id()).orElseThrow().status()).isEqualTo(SprayerStatus.REMOVED);
        // a removed sprayer no longer counts as overdue
        assertThat(sprayers.attentionCounts().total()).isZero();
    }

    @Test
    void aMoveChangesTheLocation() {
        Sprayer s = sprayers.save(sprayer("SN-1", "SOL-1"));
        Sprayer after = sprayers.recordEvent(s, event(s, LocalDate.of(2025, 6, 14), EventKind.MOVED, null,
                "Sunnanväg 14 UV"));
        assertThat(sprayers.sprayer(s.id()).orElseThrow().location()).isEqualTo("Sunnanväg 14 UV");
        assertThat(after.meta().version()).isEqualTo(1);
    }
}
