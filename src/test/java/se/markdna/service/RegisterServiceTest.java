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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationType;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertySummary;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerStatus;
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
class RegisterServiceTest {

    @Parameter
    Dialect dialect;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T08:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    AppServices services;
    RegisterService register;
    District district;
    Organisation lkf;
    Organisation af;
    Contact lkfContact;
    Contact afContact;

    @BeforeEach
    void setUp() {
        services = new AppServices(TestDatabases.open(dialect, dir), () -> "tester", CLOCK);
        register = services.register();
        district = register.saveDistrict(new District(RecordMeta.NEW, "Klostergården", MainArea.SODER,
                DistrictKind.CITY_DISTRICT, 4200, 55.6905, 13.1790, 2.0, 30, false, null));
        lkf = register.saveOrganisation(new Organisation(RecordMeta.NEW, "5560359431", "LKF",
                OrganisationType.MUNICIPAL_HOUSING));
        af = register.saveOrganisation(new Organisation(RecordMeta.NEW, "212000-1355", "AF Bostäder",
                OrganisationType.STUDENT_HOUSING));
        lkfContact = register.saveContact(new Contact(RecordMeta.NEW, lkf.id(), "Anna Andersson", "Förvaltare",
                "070-1740605", "anna@example.org", null));
        afContact = register.saveContact(new Contact(RecordMeta.NEW, af.id(), "Bo Berg", "Kvartersvärd",
                "070-1740606", "bo@example.org", null));
    }

    Property property(String designation, Long org, Long contact) {
        return new Property(RecordMeta.NEW, designation, "Klostergården norra", "Sunnanväg 12", "222 47", "Lund",
                district.id(), org, contact, 55.6905, 13.1790, BuildingType.BLOCK_OF_FLATS, 120, 4, 110, true,
                "Pilot 2019", PropertyStatus.ACTIVE, null);
    }

    @Test
    void theReadAheadServesTheFirstReadOnceUnlessAChangeWasAnnounced() throws Exception {
        register.saveProperty(property("Lund Klostergården 2:14", null, null));
        register.prefetchPropertySummaries();
        long before = services.changeCount();
        AppServices otherProgram = new AppServices(TestDatabases.reopen(services.database()), () -> "annan", CLOCK);
        otherProgram.register().saveProperty(property("Lund Klostergården 2:15", null, null));

        if (dialect == Dialect.SQLITE) {
            // another program's write to a file is not announced: the rows read ahead are served once
            assertThat(register.propertySummaries()).as("the rows read ahead").hasSize(1);
        } else {
            // a shared database announces it, and the read ahead is no longer served
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> services.changeCount() > before);
            assertThat(register.propertySummaries()).as("read again after the announcement").hasSize(2);
        }
        assertThat(register.propertySummaries()).as("then read as usual").hasSize(2);
    }

    @Test
    void theReadAheadIsNotServedAfterThisProcessWrote() {
        register.saveProperty(property("Lund Klostergården 2:14", null, null));
        register.prefetchPropertySummaries();
        register.saveProperty(property("Lund Klostergården 2:15", null, null));
        assertThat(register.propertySummaries()).extracting(PropertySummary::designation)
                .containsExactlyInAnyOrder("Lund Klostergården 2:14", "Lund Klostergården 2:15");
    }

    @Test
    void organisationNumbersAreStoredNormalised() {
        assertThat(lkf.organisationNumber()).isEqualTo("556035-9431");
    }

    @Test
    void aContactOfAnotherOrganisationIsRefused() {
        assertThatThrownBy(() -> register.saveProperty(property("Lund Klostergården 2:14", lkf.id(), afContact.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(tuple("contactId", "validation.contactOtherOrganisation")));
        assertThat(register.propertySummaries()).isEmpty();
        Property ok = register.saveProperty(property("Lund Klostergården 2:14", lkf.id(), lkfContact.id()));
        assertThat(ok.id()).isNotNull();
    }

    @Test
    void aDuplicateDesignationIsRefusedOnTheDesignationField() {
        register.saveProperty(property("Lund Klostergården 2:14", null, null));
        assertThatThrownBy(() -> register.saveProperty(property("lund klostergården 2:14", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("designation"));
        assertThat(register.propertySummaries()).hasSize(1);
    }

    @Test
    void savingAnExistingPropertyUnderItsOwnDesignationIsFine() {
        Property p = register.saveProperty(property("Lund Klostergården 2:14", null, null));
        Property renamed = new Property(p.meta(), p.designation(), "Nytt namn", p.streetAddress(), p.postalCode(),
                p.postTown(), p.districtId(), null, null, p.latitude(), p.longitude(), p.buildingType(), p.dwellings(),
                p.signs(), p.stickers(), p.neighbourhoodWatch(), p.programmePhase(), p.status(), p.notes());
        assertThat(register.saveProperty(renamed).meta().version()).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreAllReported() {
        Property bad = new Property(RecordMeta.NEW, "Lund X 1", null, null, "2236", null, district.id(), null, null,
                55.7, null, BuildingType.SHOP, -1, 0, 0, false, null, PropertyStatus.ACTIVE, null);
        assertThatThrownBy(() -> register.saveProperty(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("postalCode", "longitude", "dwellings"));
    }

    @Test
    void deletingAPropertyTakesItsKitsSprayersAndEventsAndRestoreBringsThemBack() {
        Property p = register.saveProperty(property("Lund Klostergården 2:14", lkf.id(), lkfContact.id()));
        KitDistribution kit = register.saveKitDistribution(new KitDistribution(RecordMeta.NEW, p.id(),
                LocalDate.of(2019, 3, 1), "SelectaDNA", 60, 48, 30, "LU-2019-00421 – LU-2019-00480",
                LocalDate.of(2020, 3, 1)));
        SprayerService sprayers = services.sprayers();
        Sprayer s = sprayers.save(new Sprayer(RecordMeta.NEW, p.id(), Placement.BASEMENT, "Sunnanväg 12 UH",
                "SelectaDNA", "Intruder", "SN-100", "SOL-100", Trigger.DOOR_CONTACT, LocalDate.of(2024, 1, 31),
                "Lås & Larm AB", LocalDate.of(2024, 1, 20), 12, null, true, SprayerStatus.ACTIVE, null));
        s = sprayers.recordEvent(s, new SprayerEvent(RecordMeta.NEW, s.id(), LocalDate.of(2025, 2, 1),
                EventKind.ACTIVATED, "5000-K123456-25", null, "inbrottsförsök"));
        s = sprayers.recordEvent(s, new SprayerEvent(RecordMeta.NEW, s.id(), LocalDate.of(2025, 2, 3),
                EventKind.SERVICED, null, new BigDecimal("1800"), null));
        List<SprayerEvent> eventsBefore = sprayers.events(s.id());
        assertThat(eventsBefore).hasSize(2);
        var figuresBefore = sprayers.summary(s.id());

        Property current = register.property(p.id()).orElseThrow();
        DeletedProperty deleted = register.deleteProperty(current);

        assertThat(register.property(p.id())).isEmpty();
        assertThat(register.kitDistributions(p.id())).isEmpty();
        assertThat(sprayers.sprayer(s.id())).isEmpty();
        assertThat(sprayers.events(s.id())).isEmpty();
        assertThat(deleted.kitDistributions()).hasSize(1);
        assertThat(deleted.sprayers()).hasSize(1);
        assertThat(deleted.sprayers().get(0).events()).hasSize(2);

        register.restore(deleted);

        Property back = register.property(p.id()).orElseThrow();
        assertThat(back.withMeta(RecordMeta.NEW)).isEqualTo(current.withMeta(RecordMeta.NEW));
        assertThat(register.kitDistributions(p.id())).extracting(KitDistribution::id).containsExactly(kit.id());
        Sprayer sprayerBack = sprayers.sprayer(s.id()).orElseThrow();
        assertThat(sprayerBack.withMeta(RecordMeta.NEW)).isEqualTo(s.withMeta(RecordMeta.NEW));
        assertThat(sprayers.events(s.id())).extracting(SprayerEvent::id)
                .containsExactlyElementsOf(eventsBefore.stream().map(SprayerEvent::id).toList());
        var figuresAfter = sprayers.summary(s.id());
        assertThat(figuresAfter.nextService()).isEqualTo(figuresBefore.nextService());
        assertThat(figuresAfter.cartridgeExpires()).isEqualTo(figuresBefore.cartridgeExpires());
        assertThat(figuresAfter.triggered()).isEqualTo(figuresBefore.triggered()).isTrue();
    }
}
