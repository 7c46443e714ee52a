package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.Contact;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationType;
import se.markdna.service.AppServices;

class PersonalDataErasureTest {

    @TempDir
    Path dir;

    @Test
    void erasedContactDataIsGoneFromTheRecordTheHistoryAndTheFile() throws Exception {
        Path db = dir.resolve("pd.db");
        AppServices services = AppServices.openWithoutBackup(db);
        Organisation org = services.register().saveOrganisation(
                new Organisation(RecordMeta.NEW, "556677-8899", "Testbolaget AB", OrganisationType.BUSINESS));
        Contact c = services.register().saveContact(new Contact(RecordMeta.NEW, org.id(), "Greta Hemligsson",
                "Förvaltare", "070-174 06 42", "greta.hemligsson@example.org", null));
        services.register().saveContact(new Contact(c.meta(), org.id(), "Greta Hemligsson-Ny", "Förvaltare",
                "070-174 06 43", "greta.ny@example.org", null));
        assertThat(fileText(db)).contains("Hemligsson");

        assertThat(services.register().eraseContact(c.id())).isTrue();

        Contact erased = services.register().contacts(org.id()).get(0);
        assertThat(erased.phone()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.name()).doesNotContain("Hemligsson");
        assertThat(services.register().history("contact", c.id()))
                .allSatisfy(e -> e.changes().forEach(ch -> {
                    assertThat(String.valueOf(ch.oldValue())).doesNotContain("Hemligsson").doesNotContain("070-174");
                    assertThat(String.valueOf(ch.newValue())).doesNotContain("Hemligsson").doesNotContain("070-174");
                }));
        assertThat(fileText(db)).doesNotContain("Hemligsson").doesNotContain("070-174 06 4")
                .doesNotContain("example.org");
    }

    @Test
    void theAuditTrailStaysImmutableOutsideAnErasure() {
        Path db = dir.resolve("imm.db");
        AppServices services = AppServices.openWithoutBackup(db);
        services.register().saveOrganisation(
                new Organisation(RecordMeta.NEW, "556677-8899", "Testbolaget AB", OrganisationType.BUSINESS));
        assertThatThrownBy(() -> services.database().write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE audit_change SET new_value = 'x'");
            }
        })).hasMessageContaining("cannot be changed");
    }

    private static String fileText(Path db) throws Exception {
        StringBuilder all = new StringBuilder(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1));
        for (String suffix : new String[] {"-wal", "-journal"}) {
            Path extra = Path.of(db + suffix);
            if (Files.exists(extra)) {
                all.append(new String(Files.readAllBytes(extra), StandardCharsets.ISO_8859_1));
            }
        }
        return new String(all.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
