package se.markdna.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.Organisation;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;

/** Organisations, contacts and districts without a toolkit: database work runs at once. */
class ReferenceDataModelTest {

    @TempDir
    Path dir;

    private AppServices services;
    private ReferenceDataModel vm;

    @BeforeEach
    void setUp() {
        services = new AppServices(Database.open(dir.resolve("ref.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        vm = new ReferenceDataModel(services, new Messages(Messages.SWEDISH), BackgroundRunner.immediate());
        vm.load();
    }

    @Test
    void theOrganisationNumberIsCheckedAsTheUserTypes() {
        assertThat(vm.loadedProperty().get()).isTrue();
        vm.newOrganisation();
        vm.orgName.set("Testbolaget AB");
        vm.orgNumber.set("556036-0792");
        assertThat(vm.orgErrors).containsEntry("organisationNumber", "Kontrollsiffran stämmer inte (Luhn)");
        assertThat(vm.orgValid().get()).isFalse();
        vm.orgNumber.set("5560360793");
        assertThat(vm.orgErrors).isEmpty();
        vm.saveOrganisation();
        assertThat(services.register().organisations()).anyMatch(o -> o.organisationNumber().equals("556036-0793"));
    }

    @Test
    void aContactKeepsItsRetentionNote() {
        Organisation org = vm.organisations.get(0);
        vm.openOrganisation(org);
        vm.newContact();
        vm.contactName.set("Test Testsson");
        vm.contactPhone.set("070-1740650");
        vm.contactRetention.set("Gallras när avtalet upphör");
        vm.saveContact();
        Contact saved = services.register().contacts(org.meta().id()).stream()
                .filter(c -> c.name().equals("Test Testsson")).findFirst().orElseThrow();
        assertThat(saved.retentionNote()).isEqualTo("Gallras när avtalet upphör");
        vm.openContact(saved);
        assertThat(vm.contactRetention.get()).isEqualTo("Gallras när avtalet upphör");
    }

    @Test
    void erasingAContactRemovesTheNamePhoneAndEmailAndSaysWho() {
        Organisation org = vm.organisations.stream()
                .filter(o -> !services.register().contacts(o.meta().id()).isEmpty()).findFirst().orElseThrow();
        vm.openOrganisation(org);
        Contact c = vm.contacts.get(0);
        assertThat(vm.eraseQuestion(c)).contains(c.name()).contains(org.name());
        vm.eraseContact(c);
        Contact after = services.register().contacts(org.meta().id()).stream()
                .filter(x -> x.meta().id().equals(c.meta().id())).findFirst().orElseThrow();
        assertThat(after.name()).doesNotContain(c.name());
        assertThat(after.phone()).isNull();
        assertThat(after.email()).isNull();
        assertThat(vm.contacts).noneMatch(x -> c.name().equals(x.name()));
        assertThat(vm.noticeProperty().get()).isEqualTo("Personuppgifterna för " + c.name() + " är raderade");
    }

    @Test
    void erasingAContactAlsoErasesItFromTheBackupsBesideTheDatabase() throws Exception {
        Organisation org = vm.organisations.stream()
                .filter(o -> !services.register().contacts(o.meta().id()).isEmpty()).findFirst().orElseThrow();
        vm.openOrganisation(org);
        Contact c = vm.contacts.get(0);
        Path backup = services.backups().backupNow("manual");
        assertThat(containsBytes(backup, c.name())).isTrue();

        vm.eraseContact(c);

        assertThat(containsBytes(backup, c.name())).as("name left in %s", backup).isFalse();
    }

    private static boolean containsBytes(Path file, String text) throws java.io.IOException {
        String raw = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        String needle = new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Path wal = Path.of(file + "-wal");
        if (java.nio.file.Files.exists(wal)) {
            raw += new String(java.nio.file.Files.readAllBytes(wal), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return raw.contains(needle);
    }
}
