package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.markdna.service.ImportServiceTest.districts;
import static se.markdna.service.ImportServiceTest.property;
import static se.markdna.service.ImportServiceTest.row;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.io.interchange.Sheet;
import se.markdna.persistence.Database;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.PostgresAccess;
import se.markdna.persistence.TestDatabases;

/**
 * A property manager importing into a shared database: rows of another organisation are refused
 * by the server's row-level security, and the import names each such row and writes nothing,
 * as it does for any other wrong row.
 */
@ExtendWith(TestDatabases.class)
class SharedImportAccessTest {

    private static final String OWN = "556035-9431";
    private static final String OTHER = "212000-1355";

    @TempDir
    Path dir;

    @Test
    void anotherOrganisationsRowsAreNamedAndNothingIsWritten() throws Exception {
        Database office = TestDatabases.open(Dialect.POSTGRESQL, dir);
        AppServices asOffice = new AppServices(office, () -> "kontoret", Clock.systemDefaultZone());
        assertThat(asOffice.imports().run(List.of(districts(), ImportServiceTest.sheet(Sheet.ORGANISATIONS,
                List.of("Name", "Organisationsnummer", "Type"), List.of(row("LKF", OWN, "kommunalt bostadsbolag"),
                        row("AF Bostäder", OTHER, "studentbostäder")))), ImportService.Options.write()).hasErrors())
                .isFalse();

        TestDatabases.Cluster cluster = TestDatabases.cluster();
        String database = ((DatabaseLocation.PostgresServer) office.location()).database();
        String manager = cluster.office.replace("_office_", "_mgr_");
        cluster.createLogin(manager);
        try (Connection admin = cluster.dataSource(database).getConnection()) {
            PostgresAccess.grantOrganisation(admin, manager, OWN);
        }
        try (Database own = Database.connect(cluster.at(database, manager), cluster.password.toCharArray())) {
            AppServices asManager = new AppServices(own, () -> manager, Clock.systemDefaultZone());
            List<String> other = new java.util.ArrayList<>(property("Lund Genarp 1:2", "240 13", "TERRACE", "40",
                    "planned"));
            other.set(6, OTHER);
            ImportReport report = asManager.imports().run(List.of(ImportServiceTest.properties(List.of(
                    property("Lund Genarp 1:1", "240 13", "flerbostadshus", "120", "Aktiv"), other,
                    property("Lund Genarp 1:3", "240 13", "villa AREA", "25", "renewal_due")))),
                    ImportService.Options.write());

            assertThat(report.written()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(3);
                assertThat(e.messageKey()).isEqualTo("import.notPermitted");
                assertThat(e.column()).isEqualTo("Property designation");
            });
            assertThat(asOffice.register().propertySummaries()).as("all or nothing").isEmpty();

            ImportReport ownOnly = asManager.imports().run(List.of(ImportServiceTest.properties(List.of(
                    property("Lund Genarp 1:1", "240 13", "flerbostadshus", "120", "Aktiv")))),
                    ImportService.Options.write());
            assertThat(ownOnly.written()).isTrue();
            assertThat(asOffice.register().propertySummaries()).hasSize(1);
        }
    }
}
