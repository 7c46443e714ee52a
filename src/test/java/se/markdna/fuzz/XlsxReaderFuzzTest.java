package se.markdna.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import se.markdna.io.interchange.Column;
import se.markdna.io.interchange.ColumnType;
import se.markdna.io.interchange.EnumLabels;
import se.markdna.io.interchange.Headers;
import se.markdna.io.interchange.RowReader;
import se.markdna.io.interchange.SheetData;
import se.markdna.io.interchange.SheetRow;
import se.markdna.io.interchange.SpreadsheetFileException;
import se.markdna.io.xlsx.XlsxSheets;

/**
 * Whatever bytes arrive, the xlsx reader either reads them (and every cell of every row converts
 * to the value import asks for, or to a cell problem) or rejects the file with a
 * {@link SpreadsheetFileException} that says what and where; anything else escaping is a bug.
 *
 * <p>Mutating a zip byte by byte mostly breaks its checksums, so the input is used two ways: bytes
 * starting with "PK" are the whole file; anything else is the XML of a sheet, wrapped in an
 * otherwise valid workbook (and text after the first NUL byte is its shared-strings part), which
 * lets the fuzzer reach the XML parsing and the cell conversion. The committed inputs under
 * src/test/resources replay in every ./mvnw verify; JAZZER_FUZZ=1 fuzzes for real.
 */
class XlsxReaderFuzzTest {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static Path file;

    @FuzzTest(maxDuration = "30s")
    void readsOrRejectsCleanly(byte[] input) throws IOException {
        Path f = file();
        Files.write(f, workbookFrom(input));
        try {
            for (SheetData sheet : XlsxSheets.open(f)) {
                Headers.Match match = Headers.match(sheet.sheet(), sheet.headers());
                Iterator<SheetRow> rows = sheet.rows().iterator();
                try {
                    while (rows.hasNext()) {
                        readEveryColumn(match, rows.next());
                    }
                } finally {
                    if (rows instanceof AutoCloseable c) {
                        c.close();
                    }
                }
            }
        } catch (SpreadsheetFileException expected) {
            explains(expected);
        } catch (UncheckedIOException expected) {
            if (!(expected.getCause() instanceof SpreadsheetFileException cause)) {
                throw new AssertionError("a read failure must be a SpreadsheetFileException", expected);
            }
            explains(cause);
        } catch (IOException | RuntimeException | Error bug) {
            throw bug;
        } catch (Exception closing) {
            throw new AssertionError("closing the rows failed", closing);
        }
    }

    /** Every column read as import reads it: a bad cell is a problem reported, never an exception. */
    private static void readEveryColumn(Headers.Match match, SheetRow row) {
        RowReader r = new RowReader(match, row, LABELS, 0, problem -> { });
        for (Column c : match.sheet().columns()) {
            String key = c.key();
            if (c.enumType() != null) {
                r.enumValue(key, c.enumType(), null);
                continue;
            }
            ColumnType type = c.type();
            switch (type) {
                case INTEGER -> r.integer(key, null);
                case DECIMAL, PERCENT -> r.decimal(key, null);
                case DATE -> r.date(key, null);
                case BOOLEAN -> r.bool(key, null);
                default -> r.text(key, null);
            }
        }
        if (row.rowNumber() < 1) {
            throw new AssertionError("row numbers start at 1: " + row.rowNumber());
        }
    }

    private static final EnumLabels LABELS = new EnumLabels();

    private static void explains(SpreadsheetFileException e) {
        if (e.reason() == null || e.fileName() == null || e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("a rejection must say what and where", e);
        }
    }

    /** The input itself if it is a zip; else a workbook around it (see the class comment). */
    static byte[] workbookFrom(byte[] input) throws IOException {
        if (input.length >= 2 && input[0] == 'P' && input[1] == 'K') {
            return input;
        }
        int nul = -1;
        for (int i = 0; i < input.length && nul < 0; i++) {
            if (input[i] == 0) {
                nul = i;
            }
        }
        byte[] sheet = nul < 0 ? input : Arrays.copyOf(input, nul);
        byte[] strings = nul < 0
                ? ("<sst xmlns=\"" + MAIN_NS + "\"><si><t>Fastighetsbeteckning</t></si></sst>")
                        .getBytes(StandardCharsets.UTF_8)
                : Arrays.copyOfRange(input, nul + 1, input.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
                    + "<sheet name=\"Sprutor\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            // style 1 is a date, so numbers in s="1" cells go through the date conversion
            put(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN_NS + "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                    + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(strings);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** One scratch file for all inputs: XlsxSheets reads from a path, and fuzzing runs millions. */
    private static synchronized Path file() throws IOException {
        if (file == null) {
            file = Files.createTempFile("xlsx-fuzz", ".xlsx");
        }
        return file;
    }

    @AfterAll
    static void removeScratchFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
