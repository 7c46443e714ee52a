package se.markdna.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SpreadsheetFileException;
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
class ExchangeImportFormatsTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    AppServices services;

    @BeforeEach
    void demo() {
        services = ExchangeFixtures.demo(dialect, dir);
    }

    private ImportReport write(Path... files) throws Exception {
        return services.imports().run(ImportFiles.read(List.of(files)), ImportService.Options.write());
    }

    private String one(String sql) {
        return services.database().read(c -> {
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private List<String> designations(int n) {
        return services.database().read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT designation FROM property ORDER BY designation LIMIT " + n);
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void semicolonCsvWithBomAndSwedishHeaders() throws Exception {
        Path f = dir.resolve("områden.csv");
        Files.writeString(f, "\uFEFFOmråde;Huvudområde;Typ;Hushåll;Latitud;Longitud\r\n"
                + "Testby;Byarna;By;1 200;55,71;13,2\r\n", StandardCharsets.UTF_8);
        ImportReport r = write(f);
        assertThat(r.errors()).isEmpty();
        assertThat(r.count(Sheet.DISTRICTS, ImportReport.Outcome.NEW)).isEqualTo(1);
        assertThat(one("SELECT households || '/' || latitude FROM district WHERE name = 'Testby'"))
                .isEqualTo("1200/55.71");
    }

    @Test
    void commaCsvInWindows1252WithEnglishHeadersInAnyOrderAndDecimalComma() throws Exception {
        Path f = dir.resolve("whatever.csv");
        Files.writeString(f, "  main AREA ,Households,DISTRICT,Kind,latitude,Longitude,Extra column\r\n"
                + "Öster,300,Östra Ängö,Village,\"55,72\",13.25,x\r\n", Charset.forName("windows-1252"));
        ImportReport r = write(f);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.args().get(0)).containsExactly("Extra column");
        assertThat(one("SELECT latitude || '/' || longitude || '/' || main_area FROM district WHERE name = 'Östra Ängö'"))
                .isEqualTo("55.72/13.25/OSTER");
    }

    @Test
    void xlsxWithDateCellsBooleansNumbersAndShuffledEnglishHeaders() throws Exception {
        String designation = designations(1).get(0);
        Path f = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFSheet d = wb.createSheet("Blad1");
            row(d, 0, "Kind", "District", "Main area", "Households", "Priority", "Priority reason", "Safety index");
            Row dr = row(d, 1, "Village", "Xlsxby", "Byarna");
            dr.createCell(3).setCellValue(450.0);
            dr.createCell(4).setCellValue(true);
            dr.createCell(5).setCellValue("Many burglaries");
            dr.createCell(6).setCellFormula("1+1.5");
            XSSFSheet k = wb.createSheet("Kit distributions");
            row(k, 0, "Supplier", "Property designation", "Date", "Kits delivered", "Kits handed out", "Expires");
            Row kr = row(k, 1, "Testleverantör", designation);
            Cell date = kr.createCell(2);
            date.setCellValue(LocalDate.of(2024, 5, 17));
            date.setCellStyle(dateStyle);
            kr.createCell(3).setCellValue(20);
            kr.createCell(4).setCellValue(12);
            kr.createCell(5).setCellValue("2025-05-17");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        ImportReport r = write(f);
        assertThat(r.errors()).isEmpty();
        assertThat(r.count(Sheet.DISTRICTS, ImportReport.Outcome.NEW)).isEqualTo(1);
        assertThat(r.count(Sheet.KIT_DISTRIBUTIONS, ImportReport.Outcome.NEW)).isEqualTo(1);
        assertThat(one("SELECT households || '/' || priority || '/' || safety_index FROM district WHERE name = 'Xlsxby'"))
                .isEqualTo("450/1/2.5");
        assertThat(one("SELECT date || '/' || expires FROM kit_distribution WHERE supplier = 'Testleverantör'"))
                .isEqualTo("2024-05-17/2025-05-17");
    }

    @Test
    void formulaLikeTextIsProtectedOnExportAndImportsBackAsWritten() throws Exception {
        List<String> ds = designations(4);
        List<String> nasty = List.of("=1+1", "+A1", "-2+3", "@SUM(A1)");
        StringBuilder csv = new StringBuilder("Fastighetsbeteckning;Anteckningar\r\n");
        for (int i = 0; i < 4; i++) {
            csv.append(ds.get(i)).append(';').append(nasty.get(i)).append("\r\n");
        }
        Path in = dir.resolve("notes.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        assertThat(write(in).count(Sheet.PROPERTIES, ImportReport.Outcome.UPDATED)).isEqualTo(4);

        Path xlsx = dir.resolve("export.xlsx");
        services.exports().export(ExportService.ExportRequest.xlsx(xlsx, false, false));
        try (InputStream is = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            XSSFSheet s = wb.getSheet("Fastigheter");
            int notes = -1;
            for (Cell c : s.getRow(0)) {
                if (c.getStringCellValue().equals("Anteckningar")) {
                    notes = c.getColumnIndex();
                }
            }
            int found = 0;
            for (Row r : s) {
                Cell c = r.getCell(notes);
                if (c != null && nasty.contains(c.getStringCellValue())) {
                    assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
                    found++;
                }
            }
            assertThat(found).isEqualTo(4);
        }
        Path folder = dir.resolve("csv");
        services.exports().export(ExportService.ExportRequest.csv(folder, false, false));
        String text = Files.readString(folder.resolve("properties.csv"), StandardCharsets.UTF_8);
        assertThat(text).contains(";'=1+1", ";'+A1", ";'-2+3", ";'@SUM(A1)");

        for (Path p : List.of(xlsx, folder)) {
            ImportReport back = services.imports().run(ImportFiles.read(p), ImportService.Options.preview());
            assertThat(back.errors()).isEmpty();
            assertThat(back.total(ImportReport.Outcome.UPDATED)).isZero();
            assertThat(back.total(ImportReport.Outcome.NEW)).isZero();
        }
        assertThat(one("SELECT notes FROM property WHERE designation = '" + ds.get(2) + "'")).isEqualTo("-2+3");
    }

    @Test
    void errorsNameSheetRowAndColumn() throws Exception {
        Path f = dir.resolve("sprutor.csv");
        String serial = one("SELECT serial FROM sprayer LIMIT 1");
        String designation = designations(1).get(0);
        Files.writeString(f, "Serienummer;Fastighetsbeteckning;Placering;Lösningskod;Utlösning;Installerad\r\n"
                + "NY-1;" + designation + ";Entré;SOL-NY-1;Larmknapp;2024-01-10\r\n"
                + "NY-1;" + designation + ";Entré;SOL-NY-2;Larmknapp;2024-01-10\r\n"
                + serial + ";" + designation + ";Entré;SOL-X;Larmknapp;inte ett datum\r\n", StandardCharsets.UTF_8);
        long before = Long.parseLong(one("SELECT count(*) FROM sprayer"));
        ImportReport r = write(f);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.written()).isFalse();
        assertThat(Long.parseLong(one("SELECT count(*) FROM sprayer"))).isEqualTo(before);
        ImportMessages sv = new ImportMessages(new Messages(Messages.SWEDISH));
        List<String> lines = sv.errors(r);
        assertThat(lines).contains("Sprutor rad 3, Serienummer: finns redan på rad 2");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Sprutor rad 4, Installerad: "));
        assertThat(sv.summary(r)).containsExactly("Sprutor: 1 nya, 0 ändrade, 0 oförändrade, 2 fel");
        ImportMessages en = new ImportMessages(new Messages(Messages.ENGLISH));
        assertThat(en.summary(r)).containsExactly("Sprayers: 1 new, 0 updated, 0 unchanged, 2 errors");
        assertThat(en.errors(r)).contains("Sprayers row 3, Serienummer: already on row 2");
    }

    @Test
    void filesThatAreNoSpreadsheetGetAClearError() throws Exception {
        Path text = dir.resolve("renamed.xlsx");
        Files.writeString(text, "this is just text\n");
        assertReason(text, SpreadsheetFileException.Reason.NOT_SPREADSHEET);

        Path empty = dir.resolve("empty.xlsx");
        Files.write(empty, new byte[0]);
        assertReason(empty, SpreadsheetFileException.Reason.EMPTY);

        Path zip = dir.resolve("garbage.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertReason(zip, SpreadsheetFileException.Reason.DAMAGED);

        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertReason(encrypted, SpreadsheetFileException.Reason.ENCRYPTED);

        Path emptyWorkbook = dir.resolve("blank.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(emptyWorkbook)) {
            wb.createSheet("Blad1");
            wb.write(out);
        }
        assertReason(emptyWorkbook, SpreadsheetFileException.Reason.NO_SHEETS);

        Messages sv = new Messages(Messages.SWEDISH);
        try {
            ImportFiles.read(encrypted);
        } catch (SpreadsheetFileException e) {
            assertThat(new ImportMessages(sv).fileError(e)).contains("secret.xlsx").contains("lösenordsskyddad");
        }
    }

    private static void assertReason(Path f, SpreadsheetFileException.Reason reason) {
        assertThatThrownBy(() -> ImportFiles.read(f)).isInstanceOfSatisfying(SpreadsheetFileException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void templateHasHeadersInstructionsAndDropdowns() throws Exception {
        Path f = dir.resolve("mall.xlsx");
        services.templates().write(f, false);
        try (InputStream is = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            assertThat(wb.getSheet("Anvisningar")).isNotNull();
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
            XSSFSheet props = wb.getSheet("Fastigheter");
            assertThat(props.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Fastighetsbeteckning");
            assertThat(props.getDataValidations()).hasSizeGreaterThanOrEqualTo(4); // district, type, watch, status
            assertThat(wb.getSheet("Sprutor").getDataValidations()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(wb.getSheet("Områden").getDataValidations()).isNotEmpty();
        }
        // an empty template imports with nothing to do
        assertThat(ImportFiles.read(f)).hasSize(8);
        ImportReport r = services.imports().run(ImportFiles.read(f), ImportService.Options.preview());
        assertThat(r.hasErrors()).isFalse();
    }

    private static Row row(XSSFSheet s, int index, String... texts) {
        Row r = s.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            r.createCell(i).setCellValue(texts[i]);
        }
        return r;
    }
}
