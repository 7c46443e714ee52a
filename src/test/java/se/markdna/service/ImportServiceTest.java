package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.District;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.OrganisationType;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.register.PropertySummary;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.io.interchange.SheetRow;
import se.markdna.persistence.Database;
import se.markdna.service.ImportReport.Outcome;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class ImportServiceTest {

    @Parameter
    Dialect dialect;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    AppServices services;
    ImportService imports;

    @BeforeEach
    void setUp() {
        services = new AppServices(TestDatabases.open(dialect, dir), () -> "importör", CLOCK);
        imports = services.imports();
    }

    // --- sheets built by hand: Swedish and English headers, shuffled, odd case and spacing ---

    static SheetData sheet(Sheet sheet, List<String> headers, List<List<String>> rows) {
        List<SheetRow> data = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            data.add(new SheetRow(i + 2, rows.get(i)));
        }
        return new SheetData(sheet, sheet.fileStem() + ".csv", headers, data);
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    static final List<String> DISTRICT_HEADERS = List.of("  huvudOMRÅDE ", "District", "typ", "Households", "latitud",
            "LONGITUDE", "Trygghetsindex", "burglaries   12 months", "Prioriterat", "Priority_reason");

    static SheetData districts() {
        return sheet(Sheet.DISTRICTS, DISTRICT_HEADERS, List.of(
                row("Byarna", "Genarp", "village", "2956", "55,600", "13.400", "1,6", "14", "ja",
                        "östra kommundelarna"),
                row("south", "Klostergården", "CITY_DISTRICT", "4200", "55.6905", "13,1790", "2.1", "35", "nej", "")));
    }

    static SheetData organisations(String number) {
        return sheet(Sheet.ORGANISATIONS, List.of("Name", " organisationsNUMMER", "TYPE"),
                List.of(row("LKF", number, "kommunalt bostadsbolag")));
    }

    static final List<String> PROPERTY_HEADERS = List.of("  POSTNUMMER ", "Property designation", "område",
            "Building type", "Lägenheter", "status", "Organisation number", "Latitud", "longitude", "grannsamverkan",
            "Hemlig kolumn");

    static List<String> property(String designation, String postal, String buildingType, String dwellings,
            String status) {
        return row(postal, designation, "genarp", buildingType, dwellings, status, "556035-9431", "55,6001", "13.3998",
                "Ja", "ignoreras");
    }

    static SheetData properties(List<List<String>> rows) {
        return sheet(Sheet.PROPERTIES, PROPERTY_HEADERS, rows);
    }

    static List<List<String>> goodProperties() {
        return List.of(
                property("Lund Genarp 1:1", "240 13", "flerbostadshus", "120", "Aktiv"),
                property("Lund Genarp 1:2", "24013", "TERRACE", "40", "planned"),
                property("Lund Genarp 1:3", "240 13", "villa AREA", "25", "renewal_due"));
    }

    List<SheetData> goodFile() {
        return List.of(properties(goodProperties()), organisations("5560359431"), districts());
    }

    long rows(String table) {
        return services.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    Property stored(String designation) {
        long id = services.register().propertySummaries().stream()
                .filter(s -> s.designation().equals(designation)).map(PropertySummary::id).findFirst().orElseThrow();
        return services.register().property(id).orElseThrow();
    }

    @Test
    void newRowsAreCountedNewAndWritten() {
        ImportReport report = imports.run(goodFile(), ImportService.Options.write());
        assertThat(report.errors()).isEmpty();
        assertThat(report.written()).isTrue();
        assertThat(report.count(Sheet.DISTRICTS, Outcome.NEW)).isEqualTo(2);
        assertThat(report.count(Sheet.ORGANISATIONS, Outcome.NEW)).isEqualTo(1);
        assertThat(report.count(Sheet.PROPERTIES, Outcome.NEW)).isEqualTo(3);
        assertThat(rows("property")).isEqualTo(3);

        District genarp = services.register().districts().stream().filter(d -> d.name().equals("Genarp")).findFirst()
                .orElseThrow();
        assertThat(genarp.mainArea()).isEqualTo(MainArea.BYARNA);
        assertThat(genarp.kind()).isEqualTo(DistrictKind.VILLAGE);
        assertThat(genarp.latitude()).isEqualTo(55.6);
        assertThat(genarp.safetyIndex()).isEqualTo(1.6);
        assertThat(genarp.priority()).isTrue();
        District kg = services.register().districts().stream().filter(d -> d.name().equals("Klostergården"))
                .findFirst().orElseThrow();
        assertThat(kg.mainArea()).isEqualTo(MainArea.SODER);
        assertThat(kg.kind()).isEqualTo(DistrictKind.CITY_DISTRICT);
        assertThat(kg.longitude()).isEqualTo(13.179);
        assertThat(kg.priority()).isFalse();
        assertThat(services.register().organisations()).singleElement().satisfies(o -> {
            assertThat(o.organisationNumber()).isEqualTo("556035-9431");
            assertThat(o.type()).isEqualTo(OrganisationType.MUNICIPAL_HOUSING);
        });

        Property p1 = stored("Lund Genarp 1:1");
        assertThat(p1.districtId()).isEqualTo(genarp.id());
        assertThat(p1.latitude()).isEqualTo(55.6001); // decimal comma
        assertThat(p1.neighbourhoodWatch()).isTrue();
        assertThat(p1.dwellings()).isEqualTo(120);
        assertThat(stored("Lund Genarp 1:2").postalCode()).isEqualTo("240 13"); // normalised
    }

    @Test
    void enumValuesAreAcceptedAsSwedishLabelEnglishLabelOrCodeInAnyCase() {
        imports.run(goodFile(), ImportService.Options.write());
        assertThat(stored("Lund Genarp 1:1").buildingType()).isEqualTo(BuildingType.BLOCK_OF_FLATS);
        assertThat(stored("Lund Genarp 1:1").status()).isEqualTo(PropertyStatus.ACTIVE);
        assertThat(stored("Lund Genarp 1:2").buildingType()).isEqualTo(BuildingType.TERRACE);
        assertThat(stored("Lund Genarp 1:2").status()).isEqualTo(PropertyStatus.PLANNED);
        assertThat(stored("Lund Genarp 1:3").buildingType()).isEqualTo(BuildingType.VILLA_AREA);
        assertThat(stored("Lund Genarp 1:3").status()).isEqualTo(PropertyStatus.RENEWAL_DUE);
    }

    @Test
    void aSecondIdenticalRunChangesNothingAndWritesNoAudit() {
        imports.run(goodFile(), ImportService.Options.write());
        long audits = rows("audit_entry");
        long changes = rows("audit_change");
        ImportReport again = imports.run(goodFile(), ImportService.Options.write());
        assertThat(again.errors()).isEmpty();
        assertThat(again.total(Outcome.NEW)).isZero();
        assertThat(again.total(Outcome.UPDATED)).isZero();
        assertThat(again.count(Sheet.PROPERTIES, Outcome.UNCHANGED)).isEqualTo(3);
        assertThat(again.count(Sheet.DISTRICTS, Outcome.UNCHANGED)).isEqualTo(2);
        assertThat(again.count(Sheet.ORGANISATIONS, Outcome.UNCHANGED)).isEqualTo(1);
        assertThat(rows("audit_entry")).isEqualTo(audits);
        assertThat(rows("audit_change")).isEqualTo(changes);
    }

    @Test
    void aChangedCellCountsAsUpdated() {
        imports.run(goodFile(), ImportService.Options.write());
        List<List<String>> changed = new ArrayList<>(goodProperties());
        changed.set(1, property("Lund Genarp 1:2", "240 13", "TERRACE", "44", "planned"));
        ImportReport report = imports.run(List.of(properties(changed)), ImportService.Options.write());
        assertThat(report.errors()).isEmpty();
        assertThat(report.count(Sheet.PROPERTIES, Outcome.UPDATED)).isEqualTo(1);
        assertThat(report.count(Sheet.PROPERTIES, Outcome.UNCHANGED)).isEqualTo(2);
        assertThat(stored("Lund Genarp 1:2").dwellings()).isEqualTo(44);
        assertThat(stored("Lund Genarp 1:2").meta().version()).isEqualTo(1);
    }

    @Test
    void badCellsAreReportedWithSheetRowAndTheHeaderAsWritten() {
        List<List<String>> rows = new ArrayList<>(goodProperties());
        rows.set(1, property("Lund Genarp 1:2", "2236", "TERRACE", "40", "planned"));
        ImportReport report = imports.run(List.of(properties(rows), organisations("556035-9432"), districts()),
                ImportService.Options.write());
        assertThat(report.written()).isFalse();
        assertThat(report.errors()).extracting(ImportReport.Error::sheet, ImportReport.Error::row,
                ImportReport.Error::column, ImportReport.Error::messageKey)
                .contains(tuple(Sheet.ORGANISATIONS, 2, "organisationsNUMMER", "validation.orgNumber.checkDigit"),
                        tuple(Sheet.PROPERTIES, 3, "POSTNUMMER", "validation.postalCode"));
        assertThat(rows("district")).isZero();
        assertThat(rows("organisation")).isZero();
        assertThat(rows("property")).isZero();
    }

    @Test
    void aKeyTwiceInTheFilePointsToTheEarlierRow() {
        List<List<String>> rows = new ArrayList<>(goodProperties());
        rows.add(property("LUND GENARP 1:1", "240 13", "TERRACE", "40", "planned")); // sheet row 5
        ImportReport report = imports.run(List.of(properties(rows), organisations("5560359431"), districts()),
                ImportService.Options.write());
        assertThat(report.errors()).extracting(ImportReport.Error::row, ImportReport.Error::column,
                ImportReport.Error::messageKey, ImportReport.Error::args)
                .containsExactly(tuple(5, "Property designation", "import.duplicateKey", List.of(2)));
        assertThat(report.written()).isFalse();
        assertThat(rows("property")).isZero();
    }

    @Test
    void oneBadRowAmongGoodOnesMeansNothingIsWritten() {
        imports.run(goodFile(), ImportService.Options.write());
        long audits = rows("audit_entry");
        List<List<String>> rows = new ArrayList<>(goodProperties());
        rows.set(0, property("Lund Genarp 1:1", "240 13", "flerbostadshus", "999", "Aktiv")); // an update
        rows.add(property("Lund Genarp 1:4", "240 13", "flerbostadshus", "12", "Aktiv")); // new
        rows.add(property("Lund Genarp 1:5", "240 13", "slott", "12", "Aktiv")); // bad enum value
        ImportReport report = imports.run(List.of(properties(rows)), ImportService.Options.write());
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.errors()).extracting(ImportReport.Error::row, ImportReport.Error::column,
                ImportReport.Error::messageKey).containsExactly(tuple(6, "Building type", "import.unknownValue"));
        assertThat(rows("property")).isEqualTo(3);
        assertThat(stored("Lund Genarp 1:1").dwellings()).isEqualTo(120);
        assertThat(rows("audit_entry")).isEqualTo(audits);
    }

    @Test
    void aDryRunWritesNothingButReportsTheSame() {
        ImportReport preview = imports.run(goodFile(), ImportService.Options.preview());
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.written()).isFalse();
        assertThat(preview.count(Sheet.PROPERTIES, Outcome.NEW)).isEqualTo(3);
        assertThat(rows("property")).isZero();
        assertThat(rows("district")).isZero();
        assertThat(rows("audit_entry")).isZero();
        ImportReport real = imports.run(goodFile(), ImportService.Options.write());
        assertThat(real.count(Sheet.PROPERTIES, Outcome.NEW)).isEqualTo(3);
        assertThat(real.written()).isTrue();
    }

    @Test
    void unknownColumnsGiveAWarning() {
        ImportReport report = imports.run(goodFile(), ImportService.Options.preview());
        assertThat(report.warnings()).extracting(ImportReport.Warning::sheet, ImportReport.Warning::messageKey,
                ImportReport.Warning::args)
                .containsExactly(tuple(Sheet.PROPERTIES, "import.unknownColumn", List.of("Hemlig kolumn")));
    }

    @Test
    void datesWithATimePartAreAccepted() {
        imports.run(goodFile(), ImportService.Options.write());
        SheetData kits = sheet(Sheet.KIT_DISTRIBUTIONS,
                List.of("datum", "Property Designation", "Supplier", "levererade kit", "Kits handed out", "UTGÅR"),
                List.of(row("2019-03-01 10:15:00", "Lund Genarp 1:1", "SelectaDNA", "60", "48", "2020-03-01T00:00:00"),
                        row("2019-04-01", "Lund Genarp 1:2", "SelectaDNA", "10", "10", "")));
        ImportReport report = imports.run(List.of(kits), ImportService.Options.write());
        assertThat(report.errors()).isEmpty();
        assertThat(report.count(Sheet.KIT_DISTRIBUTIONS, Outcome.NEW)).isEqualTo(2);
        List<KitDistribution> k1 = services.register().kitDistributions(stored("Lund Genarp 1:1").id());
        assertThat(k1).singleElement().satisfies(k -> {
            assertThat(k.date()).isEqualTo(LocalDate.of(2019, 3, 1));
            assertThat(k.expires()).isEqualTo(LocalDate.of(2020, 3, 1));
            assertThat(k.kitsHandedOut()).isEqualTo(48);
        });
        // no expiry given: delivery + the kit shelf life setting
        assertThat(services.register().kitDistributions(stored("Lund Genarp 1:2").id())).singleElement()
                .satisfies(k -> assertThat(k.expires()).isEqualTo(LocalDate.of(2020, 4, 1)));
    }

    @Test
    void anUnreadableNumberOrDateIsReportedOnItsColumn() {
        imports.run(goodFile(), ImportService.Options.write());
        SheetData kits = sheet(Sheet.KIT_DISTRIBUTIONS,
                List.of("datum", "Property Designation", "Supplier", "levererade kit", "Kits handed out"),
                List.of(row("1 mars 2019", "Lund Genarp 1:1", "SelectaDNA", "sextio", "48")));
        ImportReport report = imports.run(List.of(kits), ImportService.Options.write());
        assertThat(report.errors()).extracting(ImportReport.Error::row, ImportReport.Error::column,
                ImportReport.Error::messageKey)
                .contains(tuple(2, "datum", "import.notDate"), tuple(2, "levererade kit", "import.notInteger"));
        assertThat(rows("kit_distribution")).isZero();
    }
}
