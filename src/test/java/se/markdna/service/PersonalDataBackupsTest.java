package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationType;

/**
 * Erased personal data and backups: a backup taken before an erasure still holds the data (until
 * it rotates out, or until it is erased there too), and a restore of such a backup does not bring
 * an erased contact back. Checked on the raw bytes of the files, WAL included.
 */
class PersonalDataBackupsTest {

    private static final String NAME = "Greta Hemligsson";
    private static final String PHONE = "070-174 06 42";
    private static final String EMAIL = "greta.hemligsson@example.org";

    @TempDir
    Path dir;

    private AppServices services;
    private Contact contact;

    private void register() {
        services = AppServices.openWithoutBackup(dir.resolve("pd.db"));
        services.demo().load(false);
        Organisation org = services.register().saveOrganisation(
                new Organisation(RecordMeta.NEW, "556677-8899", "Testbolaget AB", OrganisationType.BUSINESS));
        contact = services.register().saveContact(new Contact(RecordMeta.NEW, org.id(), NAME, "Förvaltare", PHONE,
                EMAIL, null));
    }

    @Test
    void aBackupFromBeforeTheErasureHoldsTheDataUntilItIsErasedThereToo() throws Exception {
        register();
        Path old = services.backups().backupNow("manual");
        Path unrelated = services.backups().backupNow("start");
        assertThat(services.register().eraseContact(contact.id())).isTrue();
        assertThat(rawText(services.databaseFile())).doesNotContain("Hemligsson").doesNotContain(PHONE)
                .doesNotContain(EMAIL);
        // honest: the erasure alone does not reach the backups
        assertThat(rawText(old)).contains("Hemligsson");

        assertThat(services.backups().eraseContactFromBackups(contact.id())).isEqualTo(2);
        for (Path b : new Path[] {old, unrelated}) {
            assertThat(rawText(b)).as(b.toString()).doesNotContain("Hemligsson").doesNotContain(PHONE)
                    .doesNotContain(EMAIL);
            assertThat(AppServices.openWithoutBackup(b).health().check().healthy()).isTrue();
        }
        // other contacts in the backups are untouched
        assertThat(AppServices.openWithoutBackup(old).health().counts())
                .isEqualTo(AppServices.openWithoutBackup(unrelated).health().counts());
    }

    @Test
    void restoringABackupFromBeforeTheErasureKeepsTheContactErased() throws Exception {
        register();
        Path old = services.backups().backupNow("manual");
        services.register().eraseContact(contact.id());
        services.backups().restore(old);

        Contact back = services.register().contacts(contact.organisationId()).stream()
                .filter(c -> c.id() == contact.id()).findFirst().orElseThrow();
        assertThat(back.name()).doesNotContain("Hemligsson");
        assertThat(back.phone()).isNull();
        assertThat(back.email()).isNull();
        assertThat(rawText(services.databaseFile())).doesNotContain("Hemligsson").doesNotContain(PHONE)
                .doesNotContain(EMAIL);
        assertThat(services.health().check().healthy()).isTrue();
    }

    @Test
    void aContactThatIsNotErasedCannotBeErasedFromBackups() {
        register();
        services.backups().backupNow("manual");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> services.backups().eraseContactFromBackups(contact.id()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The file's bytes with its WAL and journal, decoded so that Swedish letters match. */
    static String rawText(Path db) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String suffix : new String[] {"", "-wal", "-journal"}) {
            Path f = Path.of(db + suffix);
            if (Files.exists(f)) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
