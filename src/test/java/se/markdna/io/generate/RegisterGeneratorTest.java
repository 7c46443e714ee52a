package se.markdna.io.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.io.interchange.CsvSheets;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.persistence.Actor;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.service.ImportReport;
import se.markdna.service.ImportService;

class RegisterGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void generatedFilesAreValidAndImportWithoutErrors() throws Exception {
        Path out = dir.resolve("gen");
        RegisterGenerator.Result result = new RegisterGenerator(out, 7).generate(400, 300, 40);
        assertThat(result.events()).isBetween(300 * 4, 300 * 6);
        List<SheetData> sheets = new ArrayList<>();
        for (Sheet s : Sheet.values()) {
            sheets.add(CsvSheets.read(out.resolve(s.fileStem() + ".csv")));
        }
        AppServices services = AppServices.openWithoutBackup(dir.resolve("g.db"));
        ImportReport report = services.imports().run(sheets, ImportService.Options.write());
        assertThat(report.errors()).isEmpty();
        assertThat(report.written()).isTrue();
        assertThat(services.health().counts()).containsEntry("properties", 400L).containsEntry("sprayers", 300L)
                .containsEntry("rollout_sites", 40L).containsEntry("sprayer_events", (long) result.events());
    }

    @Test
    void districtsHoldTheHomesGeneratedInThemSoCoverageStaysAShareOfHouseholds() throws Exception {
        Path out = dir.resolve("big");
        new RegisterGenerator(out, 11).generate(3000, 10, 5);
        List<SheetData> sheets = new ArrayList<>();
        for (Sheet s : Sheet.values()) {
            sheets.add(CsvSheets.read(out.resolve(s.fileStem() + ".csv")));
        }
        AppServices services = AppServices.openWithoutBackup(dir.resolve("big.db"));
        assertThat(services.imports().run(sheets, ImportService.Options.write()).errors()).isEmpty();
        var coverage = services.planning().coverage();
        assertThat(coverage).isNotEmpty().allSatisfy(d -> assertThat(d.coverageOrZero()).isBetween(0.0, 1.0));
        long households = coverage.stream().mapToLong(d -> d.households()).sum();
        long dwellings = services.register().propertySummaries().stream().mapToLong(p -> p.dwellings()).sum();
        assertThat(households).isGreaterThanOrEqualTo(dwellings);
    }

    @Test
    void theSameSeedGivesTheSameFiles() throws Exception {
        new RegisterGenerator(dir.resolve("a"), 3).generate(200, 100, 10);
        new RegisterGenerator(dir.resolve("b"), 3).generate(200, 100, 10);
        new RegisterGenerator(dir.resolve("c"), 4).generate(200, 100, 10);
        for (Sheet s : Sheet.values()) {
            String name = s.fileStem() + ".csv";
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(name)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
        }
        assertThat(Files.readAllBytes(dir.resolve("a/properties.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("c/properties.csv")));
    }

    /**
     * The register looks like one an installer keeps: on the reference day a small share is on the
     * Service due list (not three quarters of it), and each reason for being there occurs.
     */
    @Test
    void aRealisticShareOfSprayersIsDueOnTheReferenceDay() throws Exception {
        Path out = dir.resolve("due");
        int sprayers = 2000;
        RegisterGenerator.Result result = new RegisterGenerator(out, 11).generate(300, sprayers, 5);
        assertThat(result.events()).isBetween(sprayers * 4, sprayers * 6);
        List<SheetData> sheets = new ArrayList<>();
        for (Sheet s : Sheet.values()) {
            sheets.add(CsvSheets.read(out.resolve(s.fileStem() + ".csv")));
        }
        Clock onReferenceDay = Clock.fixed(RegisterGenerator.REFERENCE_DAY.atStartOfDay(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault());
        AppServices services = new AppServices(Database.open(dir.resolve("due.db")), Actor.osUser(), onReferenceDay);
        assertThat(services.imports().run(sheets, ImportService.Options.write()).errors()).isEmpty();

        List<SprayerSummary> due = services.sprayers().serviceDue();
        assertThat(due.size()).isBetween(sprayers * 3 / 100, sprayers * 15 / 100);
        var today = RegisterGenerator.REFERENCE_DAY;
        int horizon = services.settings().current().warningHorizonDays();
        long overdue = due.stream().filter(s -> s.condition(today, horizon).serviceState()
                == se.markdna.domain.sprayer.DueState.OVERDUE).count();
        long expired = due.stream().filter(s -> s.condition(today, horizon).cartridgeExpired()).count();
        long triggered = due.stream().filter(s -> s.condition(today, horizon).triggered()).count();
        assertThat(overdue).isBetween(sprayers * 2L / 100, sprayers * 10L / 100);
        assertThat(expired).isBetween(1L, sprayers * 6L / 100);
        assertThat(triggered).isBetween(1L, sprayers * 6L / 100);
    }

    @Test
    void designationsLookLikePropertyDesignationsAndAreUnique() throws Exception {
        Path out = dir.resolve("names");
        new RegisterGenerator(out, 5).generate(3000, 0, 0);
        List<String> designations = new ArrayList<>();
        SheetData properties = CsvSheets.read(out.resolve(Sheet.PROPERTIES.fileStem() + ".csv"));
        for (var row : properties.rows()) {
            designations.add(row.cell(0));
        }
        assertThat(designations).hasSize(3000).doesNotHaveDuplicates()
                .allMatch(d -> d.matches("Lund \\p{L}[\\p{L} -]* [1-9]\\d*:[1-9]\\d*"), "Lund District block:unit");
    }
}
