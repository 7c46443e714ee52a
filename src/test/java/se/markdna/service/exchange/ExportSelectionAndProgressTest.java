package se.markdna.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.io.interchange.Sheet;
import se.markdna.service.AppServices;
import se.markdna.service.exchange.ExportService.ExportRequest;
import se.markdna.service.exchange.ExportService.RowSelection;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;

/** The export's additions for the GUI: only the rows a table shows, progress out of a total, cancel. */
@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class ExportSelectionAndProgressTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    AppServices services;

    @BeforeEach
    void demo() {
        services = ExchangeFixtures.demo(dialect, dir);
    }

    private List<Object[]> properties() {
        return services.database().read(c -> {
            List<Object[]> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT id, designation FROM property ORDER BY designation");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            return out;
        });
    }

    private static List<String> sheetNames(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void onlyTheSelectedRowsInTheTablesOrderWithTheFilterOnTheAboutSheet() throws Exception {
        List<Object[]> all = properties();
        // the table's order: the third, then the first
        List<Long> ids = List.of((Long) all.get(2)[0], (Long) all.get(0)[0]);
        Path out = dir.resolve("shown.xlsx");
        long[] last = {0, 0};
        ExportService.ExportResult r = services.exports().export(ExportRequest.xlsx(out, false, false),
                new RowSelection(Sheet.PROPERTIES, ids, "Område: Dalby"), (written, total) -> {
                    last[0] = written;
                    last[1] = total;
                    return true;
                });
        assertThat(r.rowCounts()).containsEntry("Fastigheter", 2L);
        assertThat(last).containsExactly(2, 2);
        assertThat(sheetNames(out)).containsExactly("Fastigheter", "Om");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet props = wb.getSheet("Fastigheter");
            assertThat(props.getLastRowNum()).isEqualTo(2);
            assertThat(props.getRow(1).getCell(0).getStringCellValue()).isEqualTo(all.get(2)[1]);
            assertThat(props.getRow(2).getCell(0).getStringCellValue()).isEqualTo(all.get(0)[1]);
            StringBuilder about = new StringBuilder();
            for (Row row : wb.getSheet("Om")) {
                about.append(row.getCell(0).getStringCellValue()).append('=').append(row.getCell(1)).append('\n');
            }
            assertThat(about.toString()).contains("Filter=Område: Dalby").contains("Urval=")
                    .contains("Rader: Fastigheter=2");
        }
    }

    @Test
    void progressCountsUpToTheTotalOfEverySheetWritten() throws Exception {
        Path out = dir.resolve("all.xlsx");
        long[] last = {0, 0};
        ExportService.ExportResult r = services.exports().export(ExportRequest.xlsx(out, false, false), null,
                (written, total) -> {
                    assertThat(written).isLessThanOrEqualTo(total);
                    last[0] = written;
                    last[1] = total;
                    return true;
                });
        long rows = r.rowCounts().values().stream().mapToLong(Long::longValue).sum();
        assertThat(last[0]).isEqualTo(rows);
        assertThat(last[1]).isEqualTo(rows);
    }

    @Test
    void cancelledWorkbookLeavesNoFileAndNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("cancelled.xlsx");
        List<Path> before = listing(dir);
        assertThatThrownBy(() -> services.exports().export(ExportRequest.xlsx(out, false, false), null,
                (written, total) -> written < 50)).isInstanceOf(ExportService.CancelledException.class);
        assertThat(out).doesNotExist();
        assertThat(listing(dir)).isEqualTo(before);
    }

    @Test
    void cancelledCsvExportRemovesTheFilesAndTheFolderItMade() throws Exception {
        Path folder = dir.resolve("csv-out");
        assertThatThrownBy(() -> services.exports().export(ExportRequest.csv(folder, false, false), null,
                (written, total) -> written < 200)).isInstanceOf(ExportService.CancelledException.class);
        assertThat(folder).doesNotExist();
    }

    @Test
    void selectedCsvIsOneFile() throws Exception {
        List<Object[]> all = properties();
        Path folder = dir.resolve("csv-shown");
        ExportService.ExportResult r = services.exports().export(ExportRequest.csv(folder, false, false),
                new RowSelection(Sheet.PROPERTIES, List.of((Long) all.get(0)[0]), ""), null);
        assertThat(r.files()).containsExactly(folder.resolve("properties.csv"));
        assertThat(Files.readAllLines(folder.resolve("properties.csv"))).hasSize(2);
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
