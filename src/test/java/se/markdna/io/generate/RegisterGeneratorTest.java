package se.markdna.io.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.io.interchange.CsvSheets;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
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
}
