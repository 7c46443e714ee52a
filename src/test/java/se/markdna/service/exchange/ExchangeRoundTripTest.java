package se.markdna.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.service.AppServices;
import se.markdna.service.ImportReport;
import se.markdna.service.ImportService;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class ExchangeRoundTripTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    AppServices services;

    @BeforeEach
    void demo() {
        services = ExchangeFixtures.demo(dialect, dir);
    }

    private ImportReport preview(Path... files) throws Exception {
        List<SheetData> sheets = ImportFiles.read(List.of(files));
        return services.imports().run(sheets, ImportService.Options.preview());
    }

    private static void assertAllUnchanged(ImportReport r, boolean withContacts) {
        assertThat(r.errors()).isEmpty();
        assertThat(r.total(ImportReport.Outcome.NEW)).isZero();
        assertThat(r.total(ImportReport.Outcome.UPDATED)).isZero();
        assertThat(r.total(ImportReport.Outcome.UNCHANGED)).isGreaterThan(300);
        assertThat(r.sheets()).hasSize(withContacts ? 8 : 7);
    }

    @Test
    void xlsxExportOfTheDemoImportsBackUnchanged() throws Exception {
        Path out = dir.resolve("export.xlsx");
        services.exports().export(ExportService.ExportRequest.xlsx(out, false, false));
        assertAllUnchanged(preview(out), false);
    }

    @Test
    void englishXlsxWithPersonalDataImportsBackUnchanged() throws Exception {
        Path out = dir.resolve("export-en.xlsx");
        services.exports().export(ExportService.ExportRequest.xlsx(out, true, true));
        ImportReport r = preview(out);
        assertAllUnchanged(r, true);
        assertThat(r.count(Sheet.CONTACTS, ImportReport.Outcome.UNCHANGED)).isGreaterThan(0);
    }

    @Test
    void csvExportOfTheDemoImportsBackUnchanged() throws Exception {
        Path folder = dir.resolve("csv");
        ExportService.ExportResult res = services.exports().export(ExportService.ExportRequest.csv(folder, false, true));
        assertThat(res.files()).hasSize(8);
        byte[] head = Files.readAllBytes(folder.resolve("properties.csv"));
        assertThat(head[0] & 0xff).isEqualTo(0xEF); // BOM
        String text = new String(head, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("\uFEFFFastighetsbeteckning;Namn;");
        assertAllUnchanged(preview(folder), true);
    }

    @Test
    void englishCsvWithoutPersonalDataImportsBackUnchanged() throws Exception {
        Path folder = dir.resolve("csv-en");
        services.exports().export(ExportService.ExportRequest.csv(folder, true, false));
        assertThat(folder.resolve("contacts.csv")).doesNotExist();
        assertAllUnchanged(preview(folder), false);
    }

    @Test
    void workbookHasStyledSheetsDatesNumbersAndAbout() throws Exception {
        Path out = dir.resolve("export.xlsx");
        services.exports().export(ExportService.ExportRequest.xlsx(out, false, false));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Fastigheter")).isNotNull();
            assertThat(wb.getSheet("Servicebehov")).isNotNull();
            assertThat(wb.getSheet("Täckning")).isNotNull();
            assertThat(wb.getSheet("Kontakter")).isNull();
            XSSFSheet props = wb.getSheet("Fastigheter");
            Row header = props.getRow(0);
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(props.getPaneInformation().isFreezePane()).isTrue();
            assertThat(props.getCTWorksheet().isSetAutoFilter()).isTrue();
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).doesNotContain("Kontakt").contains("Täckning", "Utdelade kit");
            assertThat(props.getColumnWidth(0)).isGreaterThan(256 * 10);
            int coverageCol = headers.indexOf("Täckning");
            Row first = props.getRow(1);
            Cell cov = first.getCell(coverageCol);
            if (cov != null) {
                assertThat(cov.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cov.getCellStyle().getDataFormatString()).contains("%");
            }
            XSSFSheet sprayers = wb.getSheet("Sprutor");
            Cell installed = sprayers.getRow(1).getCell(8);
            assertThat(installed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(installed)).isTrue();
            assertThat(sprayers.getRow(1).getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);

            XSSFSheet about = wb.getSheet("Om");
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            for (Row r : about) {
                Cell v = r.getCell(1);
                values.put(r.getCell(0).getStringCellValue(),
                        v.getCellType() == CellType.NUMERIC ? (Object) v.getNumericCellValue() : v.getStringCellValue());
            }
            long properties = services.database().read(c -> se.markdna.persistence.Repositories.counts(c))
                    .get("properties");
            assertThat(values.get("Rader: Fastigheter")).isEqualTo((double) properties);
            assertThat(values).containsKeys("Exporterad", "Exporterad av", "Databas", "Programversion", "Filter");
            assertThat(values.get("Kontaktuppgifter")).isEqualTo("Ingår inte");
        }
    }

    @Test
    void personalDataOnlyWithTheFlag() throws Exception {
        Path without = dir.resolve("without.xlsx");
        Path with = dir.resolve("with.xlsx");
        services.exports().export(ExportService.ExportRequest.xlsx(without, true, false));
        services.exports().export(ExportService.ExportRequest.xlsx(with, true, true));
        String contactName = services.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT name FROM contact LIMIT 1"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(allText(without)).doesNotContain(contactName).doesNotContain("@");
        assertThat(allText(with)).contains(contactName);
        try (InputStream in = Files.newInputStream(with); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> headers = new java.util.ArrayList<>();
            wb.getSheet("Properties").getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("Contact");
            List<String> contactHeaders = new java.util.ArrayList<>();
            wb.getSheet("Contacts").getRow(0).forEach(c -> contactHeaders.add(c.getStringCellValue()));
            assertThat(contactHeaders).contains("Name", "Phone", "Email");
        }
    }

    private static String allText(Path xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            b.append(c.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
